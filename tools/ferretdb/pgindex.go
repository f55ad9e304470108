package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/jackc/pgerrcode"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Indexes FerretDB 1.24 does not make but its PostgreSQL backend needs, kept for every collection:
//
//   - GIN: FerretDB pushes a top-level equality filter down as `_jsonb->'field' @> value` (and `_id`
//     the same way), but the indexes its createIndexes makes are btree indexes on `(_jsonb->'field')`,
//     which cannot serve `@>`: every filtered find, count and point lookup scanned its table
//     (measured: 124 ms for one _id among 100,000 documents, 3.3 ms with a GIN index). So: a GIN
//     index (default jsonb_ops) on `_id` and on every top-level field of every declared index.
//   - Sort: the app pages lists in SQL (server/src/platform/db/sql-reads.ts) with MongoDB's order,
//     where a missing value comes first ascending and last descending. FerretDB's btree indexes
//     put it the other way round (PostgreSQL's default), so they cannot deliver that order and
//     PostgreSQL sorted whole tables (the admin's user list: 180 ms at 200,000 accounts). So: for
//     every declared index of top-level fields, a btree on the same fields with MongoDB's order.
const (
	ginPrefix  = "shsw_gin_"
	sortPrefix = "shsw_sort_"
)

type pgIndexer struct {
	url string
	log *slog.Logger
}

// extraIndex is one index this indexer keeps: its name and the columns of CREATE INDEX.
type extraIndex struct {
	schema, table string
	name          string
	using         string // "gin" or "btree"
	columns       string
	describe      string
}

func indexName(prefix, table, what string) string {
	sum := sha256.Sum256([]byte(table + "\x00" + what))
	// Unique per (table, what) and within PostgreSQL's 63-byte identifier limit.
	return prefix + hex.EncodeToString(sum[:])[:24]
}

func ginOn(schema, table, field string) extraIndex {
	return extraIndex{
		schema: schema, table: table, using: "gin",
		name:     indexName(ginPrefix, table, field),
		columns:  fmt.Sprintf("(_jsonb->%s)", quoteLiteral(field)),
		describe: field,
	}
}

type keyPart struct {
	field      string
	descending bool
}

func sortOn(schema, table string, key []keyPart) extraIndex {
	cols := make([]string, len(key))
	what := make([]string, len(key))
	for i, k := range key {
		order := "ASC NULLS FIRST"
		if k.descending {
			order = "DESC NULLS LAST"
		}
		cols[i] = fmt.Sprintf("(_jsonb->%s) %s", quoteLiteral(k.field), order)
		what[i] = fmt.Sprintf("%s:%t", k.field, k.descending)
	}
	return extraIndex{
		schema: schema, table: table, using: "btree",
		name:     indexName(sortPrefix, table, strings.Join(what, ",")),
		columns:  strings.Join(cols, ", "),
		describe: strings.Join(what, ","),
	}
}

// run indexes what exists now, then keeps up with new collections and indexes until ctx ends.
func (ix *pgIndexer) run(ctx context.Context, every time.Duration) {
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			if err := ix.pass(ctx); err != nil && ctx.Err() == nil {
				ix.log.Warn("indexer", "err", err)
			}
		}
	}
}

func (ix *pgIndexer) pass(ctx context.Context) error {
	// The URL carries pool settings for FerretDB's pool, which a single connection must not send.
	config, err := pgxpool.ParseConfig(ix.url)
	if err != nil {
		return err
	}
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	conn, err := pgx.ConnectConfig(cctx, config.ConnConfig)
	cancel()
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())

	missing, err := missingIndexes(ctx, conn)
	if err != nil {
		return err
	}
	for _, x := range missing {
		if err := createIndex(ctx, conn, x); err != nil {
			return fmt.Errorf("%s.%s (%s): %w", x.schema, x.table, x.describe, err)
		}
	}
	return turnOffFastUpdate(ctx, conn)
}

// wantedIndexes lists, per database, what the collections' declared indexes call for.
func wantedIndexes(ctx context.Context, conn *pgx.Conn) ([]extraIndex, error) {
	rows, err := conn.Query(ctx, `SELECT table_schema FROM information_schema.tables WHERE table_name = '_ferretdb_database_metadata'`)
	if err != nil {
		return nil, err
	}
	schemas, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, err
	}

	var out []extraIndex
	for _, schema := range schemas {
		// Each declared index's key, and its field order: jsonb sorts object keys, so the order is
		// read from the metadata document's sjson schema (`$s`), item by item.
		q := fmt.Sprintf(`
			SELECT m._jsonb->>'table', NULL::text, NULL::text FROM %[1]s m
			UNION ALL
			SELECT m._jsonb->>'table', (idx.value->'key')::text,
				(m._jsonb->'$s'->'p'->'indexes'->'i'->((idx.ord - 1)::int)->'$s'->'p'->'key'->'$s'->'$k')::text
			FROM %[1]s m CROSS JOIN LATERAL jsonb_array_elements(m._jsonb->'indexes') WITH ORDINALITY AS idx(value, ord)`,
			pgx.Identifier{schema, "_ferretdb_database_metadata"}.Sanitize())
		rows, err := conn.Query(ctx, q)
		if err != nil {
			if gone(err) {
				continue // the database was dropped after it was listed
			}
			return nil, err
		}
		for rows.Next() {
			var table string
			var keyDoc, order *string
			if err := rows.Scan(&table, &keyDoc, &order); err != nil {
				rows.Close()
				return nil, err
			}
			if table == "" {
				continue
			}
			if keyDoc == nil {
				out = append(out, ginOn(schema, table, "_id"))
				continue
			}
			key, ok := parseKey(*keyDoc, order)
			// Dotted paths are not pushed down (FerretDB's nested pushdown is off), so an index on
			// them would never be used; `_id` alone is FerretDB's own primary index.
			if !ok || (len(key) == 1 && key[0].field == "_id") {
				continue
			}
			for _, k := range key {
				out = append(out, ginOn(schema, table, k.field))
			}
			out = append(out, sortOn(schema, table, key))
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// parseKey reads a key document (`{"at": -1, "owner": 1}`) in the field order given (`["owner",
// "at"]`; without it, the document's own); false when a field is dotted or malformed.
func parseKey(doc string, order *string) ([]keyPart, bool) {
	var directions map[string]int
	if err := json.Unmarshal([]byte(doc), &directions); err != nil || len(directions) == 0 {
		return nil, false
	}
	var fields []string
	if order != nil {
		if err := json.Unmarshal([]byte(*order), &fields); err != nil {
			return nil, false
		}
	}
	if len(fields) != len(directions) {
		if len(directions) > 1 {
			return nil, false // a compound key without its order cannot be rebuilt
		}
		fields = fields[:0]
		for f := range directions {
			fields = append(fields, f)
		}
	}
	key := make([]keyPart, 0, len(fields))
	for _, f := range fields {
		d, ok := directions[f]
		if !ok || f == "" || strings.Contains(f, ".") {
			return nil, false
		}
		key = append(key, keyPart{field: f, descending: d < 0})
	}
	return key, true
}

// missingIndexes lists what is wanted and has no valid index yet (invalid ones are dropped first).
func missingIndexes(ctx context.Context, conn *pgx.Conn) ([]extraIndex, error) {
	wanted, err := wantedIndexes(ctx, conn)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []extraIndex
	for _, x := range wanted {
		if seen[x.schema+"."+x.name] {
			continue
		}
		seen[x.schema+"."+x.name] = true
		var valid bool
		err := conn.QueryRow(ctx, `
			SELECT i.indisvalid FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid
			WHERE c.relname = $1 AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = $2)`,
			x.name, x.schema).Scan(&valid)
		switch {
		case errors.Is(err, pgx.ErrNoRows):
			out = append(out, x)
		case err != nil:
			return nil, err
		case !valid:
			// A concurrent build interrupted by a restart leaves an invalid index: rebuild it.
			if _, err := conn.Exec(ctx, fmt.Sprintf(`DROP INDEX CONCURRENTLY IF EXISTS %s`,
				pgx.Identifier{x.schema, x.name}.Sanitize())); err != nil {
				return nil, err
			}
			out = append(out, x)
		}
	}
	return out, nil
}

// createIndex builds concurrently, so a large collection keeps taking writes meanwhile.
func createIndex(ctx context.Context, conn *pgx.Conn, x extraIndex) error {
	with := ""
	if x.using == "gin" {
		// Each write updates the index itself. With the default pending list, the write that
		// happened to overflow it paid for merging it all (inserts seen taking 0.7 s).
		with = " WITH (fastupdate = off)"
	}
	q := fmt.Sprintf(`CREATE INDEX CONCURRENTLY IF NOT EXISTS %s ON %s USING %s (%s)%s`,
		pgx.Identifier{x.name}.Sanitize(),
		pgx.Identifier{x.schema, x.table}.Sanitize(),
		x.using, x.columns, with)
	if _, err := conn.Exec(ctx, q); err != nil && !gone(err) {
		return err
	}
	return nil
}

// turnOffFastUpdate brings GIN indexes made by earlier versions (with a pending list) in line.
func turnOffFastUpdate(ctx context.Context, conn *pgx.Conn) error {
	rows, err := conn.Query(ctx, `
		SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE c.relkind = 'i' AND c.relname LIKE 'shsw\_gin\_%' ESCAPE '\'
		AND NOT (coalesce(c.reloptions, '{}') @> ARRAY['fastupdate=off'])`)
	if err != nil {
		return err
	}
	type index struct{ schema, name string }
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (index, error) {
		var i index
		return i, r.Scan(&i.schema, &i.name)
	})
	if err != nil {
		return err
	}
	for _, i := range list {
		q := fmt.Sprintf(`ALTER INDEX %s SET (fastupdate = off)`, pgx.Identifier{i.schema, i.name}.Sanitize())
		if _, err := conn.Exec(ctx, q); err != nil && !gone(err) {
			return err
		}
	}
	return nil
}

// gone is true for errors saying a schema or table was dropped meanwhile (tests drop databases often).
func gone(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && (pgErr.Code == pgerrcode.UndefinedTable || pgErr.Code == pgerrcode.InvalidSchemaName)
}

func quoteLiteral(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

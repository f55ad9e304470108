package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
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

// FerretDB 1.24's PostgreSQL backend pushes a top-level equality filter down as
// `_jsonb->'field' @> value` (and `_id` the same way), but the indexes its createIndexes makes are
// btree indexes on `(_jsonb->'field')`, which cannot serve `@>`: every filtered find, count and
// point lookup scanned its table (measured: 124 ms for one _id among 100,000 documents, 3.3 ms with
// a GIN index). For `_id` and for every top-level field of every index a collection declares, this
// keeps a GIN index (default jsonb_ops, which supports `@>`) on exactly that expression.
const ginPrefix = "shsw_gin_"

type pgIndexer struct {
	url string
	log *slog.Logger
}

type ginIndex struct {
	schema, table, field string
}

// name is unique per (table, field) and within PostgreSQL's 63-byte identifier limit.
func (g ginIndex) name() string {
	sum := sha256.Sum256([]byte(g.table + "\x00" + g.field))
	return ginPrefix + hex.EncodeToString(sum[:])[:24]
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
				ix.log.Warn("gin indexer", "err", err)
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
	for _, g := range missing {
		if err := createGinIndex(ctx, conn, g); err != nil {
			return fmt.Errorf("%s.%s (%s): %w", g.schema, g.table, g.field, err)
		}
	}
	return turnOffFastUpdate(ctx, conn)
}

// turnOffFastUpdate brings indexes made by earlier versions (with a pending list) in line.
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

// missingIndexes lists what FerretDB's metadata declares and no valid GIN index covers yet.
func missingIndexes(ctx context.Context, conn *pgx.Conn) ([]ginIndex, error) {
	rows, err := conn.Query(ctx, `SELECT table_schema FROM information_schema.tables WHERE table_name = '_ferretdb_database_metadata'`)
	if err != nil {
		return nil, err
	}
	schemas, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, err
	}

	var out []ginIndex
	for _, schema := range schemas {
		q := fmt.Sprintf(`
			SELECT m._jsonb->>'table', '_id' FROM %[1]s m
			UNION
			SELECT m._jsonb->>'table', k FROM %[1]s m
				CROSS JOIN LATERAL jsonb_array_elements(m._jsonb->'indexes') idx
				CROSS JOIN LATERAL jsonb_object_keys(idx->'key') k
			WHERE k <> '$s'`, pgx.Identifier{schema, "_ferretdb_database_metadata"}.Sanitize())
		rows, err := conn.Query(ctx, q)
		if err != nil {
			if gone(err) {
				continue // the database was dropped after it was listed
			}
			return nil, err
		}
		var wanted []ginIndex
		for rows.Next() {
			var table, field string
			if err := rows.Scan(&table, &field); err != nil {
				rows.Close()
				return nil, err
			}
			// Dotted paths are not pushed down (FerretDB's nested pushdown is off), so an index on
			// them would never be used.
			if table == "" || field == "" || strings.Contains(field, ".") {
				continue
			}
			wanted = append(wanted, ginIndex{schema: schema, table: table, field: field})
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		for _, g := range wanted {
			var valid bool
			err := conn.QueryRow(ctx, `
				SELECT i.indisvalid FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid
				WHERE c.relname = $1 AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = $2)`,
				g.name(), g.schema).Scan(&valid)
			switch {
			case errors.Is(err, pgx.ErrNoRows):
				out = append(out, g)
			case err != nil:
				return nil, err
			case !valid:
				// A concurrent build interrupted by a restart leaves an invalid index: rebuild it.
				if _, err := conn.Exec(ctx, fmt.Sprintf(`DROP INDEX CONCURRENTLY IF EXISTS %s`,
					pgx.Identifier{g.schema, g.name()}.Sanitize())); err != nil {
					return nil, err
				}
				out = append(out, g)
			}
		}
	}
	return out, nil
}

// createGinIndex builds concurrently, so a large collection keeps taking writes meanwhile.
func createGinIndex(ctx context.Context, conn *pgx.Conn, g ginIndex) error {
	// fastupdate off: each write updates the index itself. With the default pending list, the
	// write that happened to overflow it paid for merging it all (inserts seen taking 0.7 s).
	q := fmt.Sprintf(`CREATE INDEX CONCURRENTLY IF NOT EXISTS %s ON %s USING gin ((_jsonb->%s)) WITH (fastupdate = off)`,
		pgx.Identifier{g.name()}.Sanitize(),
		pgx.Identifier{g.schema, g.table}.Sanitize(),
		quoteLiteral(g.field))
	if _, err := conn.Exec(ctx, q); err != nil && !gone(err) {
		return err
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

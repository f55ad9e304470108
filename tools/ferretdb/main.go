// Command ferretdb-embedded runs FerretDB 1.24 for the platform's embedded mode, on PostgreSQL
// (the default, with the platform's embedded PostgreSQL) or on SQLite (the fallback). It prints
// one line "ready <mongodb-uri>" on stdout once it listens, and exits when its standard input
// closes, so it never outlives the Node.js process that started it.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "guard" {
		runGuard(os.Args[2:])
		return
	}

	listen := flag.String("listen", "127.0.0.1:0", "TCP address to listen on")
	handler := flag.String("handler", "sqlite", "backend: postgresql or sqlite")
	pgURL := flag.String("postgresql-url", "", "PostgreSQL URL (handler postgresql)")
	dir := flag.String("dir", "", "directory for the SQLite database files (handler sqlite)")
	logLevel := flag.String("log-level", "error", "FerretDB log level: debug, info, warn or error")
	watchStdin := flag.Bool("watch-stdin", true, "exit when standard input reaches EOF")
	flag.Parse()

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fail(err)
	}
	// FerretDB logs a failed query with its arguments, which are documents holding personal data;
	// a refused duplicate (an expected outcome for claims) must not copy them into the app's logs.
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{
		Level: level,
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if strings.HasPrefix(a.Key, "args") {
				return slog.Attr{}
			}
			return a
		},
	}))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if *watchStdin {
		go func() {
			_, _ = io.Copy(io.Discard, os.Stdin)
			stop()
		}()
	}

	config := &ferretdb.Config{Listener: ferretdb.ListenerConfig{TCP: *listen}, Handler: *handler, Logger: logger}
	switch *handler {
	case "postgresql":
		if *pgURL == "" {
			fmt.Fprintln(os.Stderr, "ferretdb-embedded: --postgresql-url is required")
			os.Exit(2)
		}
		config.PostgreSQLURL = *pgURL
		// Index what exists before serving, then keep up with new collections and indexes.
		indexer := &pgIndexer{url: *pgURL, log: logger}
		if err := indexer.pass(ctx); err != nil {
			fail(err)
		}
		go indexer.run(ctx, 2*time.Second)

	case "sqlite":
		if *dir == "" {
			fmt.Fprintln(os.Stderr, "ferretdb-embedded: --dir is required")
			os.Exit(2)
		}
		abs, err := filepath.Abs(*dir)
		if err != nil {
			fail(err)
		}
		// FerretDB wants an existing directory, given as a file: URI ending in "/".
		if err := os.MkdirAll(abs, 0o700); err != nil {
			fail(err)
		}
		config.SQLiteURL = "file:" + abs + "/"
		indexer := newIDIndexer(abs, logger)
		indexer.pass(ctx)
		go indexer.run(ctx, 2*time.Second)

	default:
		fmt.Fprintf(os.Stderr, "ferretdb-embedded: unknown --handler %q\n", *handler)
		os.Exit(2)
	}

	f, err := ferretdb.New(config)
	if err != nil {
		fail(err)
	}

	done := make(chan error, 1)
	go func() { done <- f.Run(ctx) }()

	// MongoDBURI blocks until the listener is bound, so the port is known here.
	fmt.Printf("ready %s\n", f.MongoDBURI())

	if err := <-done; err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "ferretdb-embedded: %v\n", err)
	os.Exit(1)
}

package main

import (
	"strings"
	"testing"
)

func TestParseKeyKeepsOrderAndDirection(t *testing.T) {
	// An index key as FerretDB 1.24's metadata holds it in PostgreSQL (jsonb sorts the keys), and
	// its field order from the metadata's schema.
	order := `["positionId", "createdAt"]`
	key, ok := parseKey(`{"createdAt": -1, "positionId": 1}`, &order)
	if !ok || len(key) != 2 || key[0] != (keyPart{"positionId", false}) || key[1] != (keyPart{"createdAt", true}) {
		t.Fatalf("got %v %v", key, ok)
	}
}

func TestParseKeyRefusesDottedPaths(t *testing.T) {
	order := `["certificates.status"]`
	if _, ok := parseKey(`{"certificates.status": 1}`, &order); ok {
		t.Fatal("a dotted path must not be indexed")
	}
}

func TestSortIndexUsesMongoDBOrderOfMissingValues(t *testing.T) {
	x := sortOn("shsw", "users_1", []keyPart{{"orgId", false}, {"createdAt", true}})
	want := "(_jsonb->'orgId') ASC NULLS FIRST, (_jsonb->'createdAt') DESC NULLS LAST"
	if x.columns != want || !strings.HasPrefix(x.name, sortPrefix) || len(x.name) > 63 {
		t.Fatalf("got %q %q", x.columns, x.name)
	}
}

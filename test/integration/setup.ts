// Every integration test runs against an in-memory IndexedDB (fake-indexeddb),
// a real implementation of the spec, so Dexie behaves as in Chromium.
import 'fake-indexeddb/auto';

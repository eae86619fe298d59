#include <stddef.h>

/// Parses a file with libyaml's event API and counts its events; -1 on error.
/// The floor for any loader built on libyaml: nothing is decoded or kept.
long raw_libyaml_count_events(const char *path);

// The one C header SelfHelpKit sees: libcmark's public API (Debian `libcmark-dev`).
// Only Sources/SelfHelpKit/Markdown/ imports this module.
#include <cmark.h>

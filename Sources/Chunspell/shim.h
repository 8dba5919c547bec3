// The one Hunspell header SelfHelpKit sees: its C API (Debian `libhunspell-dev`; the library is
// linked through pkg-config's `hunspell`, whose file name carries the version, -lhunspell-1.7).
// Only Sources/SelfHelpKit/Spelling/HunspellDictionary.swift imports this module.
#include <hunspell.h>

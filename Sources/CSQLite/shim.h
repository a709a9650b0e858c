// The SQLite C API from Debian's libsqlite3-dev, for the index.sqlite writer.
// Kept apart from the CICU target: nothing here sees ICU.
#include <sqlite3.h>

#ifndef VUOSIKELLO_BUILD_INFO_H
#define VUOSIKELLO_BUILD_INFO_H

/// The commit the binary was built from. `scripts/package` passes it to the C compiler
/// (`-Xcc -DVUOSIKELLO_COMMIT=...`), the one value Swift cannot take from the command line;
/// a developer's build says "development build".
const char *vuosikello_commit(void);

#endif

/* install-source.h: the source of one install, opened once.
   Copyright (C) 2026 The ainstall authors.

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

#ifndef AINSTALL_INSTALL_SOURCE_H
#define AINSTALL_INSTALL_SOURCE_H

#include <stdbool.h>

#include "install-state.h"

/* In copy mode the source is opened by its name, as GNU install opens
   it.  In link and rename modes, which may adopt the source's inode or
   remove it, its directory is opened once and everything after that is
   done relative to it: another user who owns a directory on the way
   cannot then send a later step to another file.  */

/* Open S's source, or at least find out what it is; in link and rename
   modes also look at its name itself.  Print GNU's diagnostic and return
   false if it cannot be installed at all.  A source that exists but
   cannot be opened is reported later (source_open_late), where GNU
   install reports it.  */
bool source_open (struct install_state *s);

/* Report a source that could not be opened, or open a FIFO, now that the
   -v lines are out, as GNU install does.  */
bool source_open_late (struct install_state *s);

/* Rename mode: remove the source once the destination is committed, if
   S->merge says it was consumed (copied instead of moved), through its
   directory's descriptor, and only if its name still holds what was
   looked at.  Print a diagnostic and return false on failure.  */
bool source_consume (struct install_state const *s);

#endif /* AINSTALL_INSTALL_SOURCE_H */

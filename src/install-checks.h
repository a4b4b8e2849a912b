/* install-checks.h: what GNU install checks before installing a file.
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

#ifndef AINSTALL_INSTALL_CHECKS_H
#define AINSTALL_INSTALL_CHECKS_H

#include <stdbool.h>

#include "install-state.h"

/* Check S's source and destination as GNU install does, with its
   diagnostics, before anything is touched: open the source, look at the
   destination, decide how the file will be staged (S->merge), refuse to
   install a file over itself, and plan the backup.  With -C, leave an
   identical destination alone and set *DONE.  INSTALLED is as for
   install_file.  Return false after a diagnostic if the file cannot be
   installed.  */
bool check_all (struct install_state *s,
                struct installed_set const *installed, bool *done);

#endif /* AINSTALL_INSTALL_CHECKS_H */

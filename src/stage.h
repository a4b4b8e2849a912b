/* stage.h: making the staged file, by copy, link or rename.
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

#ifndef AINSTALL_STAGE_H
#define AINSTALL_STAGE_H

#include <stdbool.h>

#include "install-state.h"

/* Make S's staged file as S->merge (planned by check_all) says, falling
   back to a copy where the mode cannot work, and record what happened in
   S->merge.
   Quiet: a failure is recorded for stage_report_problem, so that it is
   reported in GNU's order.  For a copy, the file is created here and
   filled by stage_fill.  */
void stage_content (struct install_state *s);

/* Return true if making the staged file failed where GNU install would
   have failed to remove or back up the destination: before its -v
   lines.  Report it.  */
bool stage_failed_early (struct install_state const *s);

/* Report a failure of stage_content, if any; return true if there was
   none.  */
bool stage_report_problem (struct install_state const *s);

/* Fill a copied staged file from the source.  Print GNU's diagnostics
   and its --debug line.  */
bool stage_fill (struct install_state *s);

#endif /* AINSTALL_STAGE_H */

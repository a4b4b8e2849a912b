/* operands.h: what the operands name, in GNU install's four forms.
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

#ifndef AINSTALL_OPERANDS_H
#define AINSTALL_OPERANDS_H

#include <stdbool.h>

#include "options.h"

/* The operands, sorted out:
     SOURCE DEST            TARGET_DIRECTORY is NULL, DEST is set;
     SOURCE... DIRECTORY    TARGET_DIRECTORY is the last operand;
     -t DIRECTORY SOURCE... TARGET_DIRECTORY is -t's argument;
     -d DIRECTORY...        FILES are the directories;
     -R IMAGE ROOT          FILES[0] is IMAGE, DEST is ROOT.  */
struct operand_plan
{
  char **files;                  /* Sources, or directories under -d.  */
  int n_files;
  char const *dest;              /* For SOURCE DEST.  */
  char const *target_directory;  /* For the directory forms.  */
  int target_fd;                 /* Open on TARGET_DIRECTORY, AT_FDCWD for
                                    ".", or -1 if it is still to be made
                                    (-D).  */
};

/* Sort out the N_FILES operands FILES as OPTS say, with GNU install's
   checks and diagnostics; exit on a usage error.  */
void plan_operands (struct install_options const *opts, int n_files,
                    char **files, struct operand_plan *plan);

/* Install every operand of PLAN as OPTS ask.  Return true if all went
   well.  */
bool install_operands (struct install_options const *opts,
                       struct operand_plan *plan);

#endif /* AINSTALL_OPERANDS_H */

/* report.h: what -v and --debug print.
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

#ifndef AINSTALL_REPORT_H
#define AINSTALL_REPORT_H

#include "copy-data.h"

/* The lines GNU install prints under -v, word for word, on standard
   output.  ainstall replaces a destination by renaming over it rather
   than by removing it first, but prints GNU's "removed" line all the
   same, so that scripts reading the output keep working.  */

/* "install: creating directory 'DIR'" */
void report_created_directory (char const *dir);

/* "removed 'DEST'": an existing destination is being replaced.  */
void report_replacing (char const *dest);

/* "'SOURCE' -> 'DEST'", with " (backup: 'BACKUP')" if BACKUP.  */
void report_installing (char const *source, char const *dest,
                        char const *backup);

/* --debug: GNU's "copy offload: ..., reflink: ..., sparse detection: ..."
   line for a copy, from RESULT.  */
void report_copy_debug (struct copy_result const *result);

/* --debug: how DEST was staged and committed.  HOW is a short phrase
   such as "copied"; TEMP_NAME is the temporary's name.  */
void report_staging_debug (char const *dest, char const *how,
                           char const *dir_name, char const *temp_name);

/* --debug: a note about DEST, printed as "DEST: NOTE".  */
void report_note (char const *dest, char const *note);

#endif /* AINSTALL_REPORT_H */

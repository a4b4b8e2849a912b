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

#include <stdbool.h>

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
   such as "copied"; TEMP_NAME is the temporary's name in DIR_NAME, or,
   if DIR_NAME is NULL, as messages name it.  */
void report_staging_debug (char const *dest, char const *how,
                           char const *dir_name, char const *temp_name);

/* --debug: likewise for a file staged with no name (O_TMPFILE), then
   linked into place directly, or, if VIA is not NULL, linked as the
   temporary VIA and renamed into place.  */
void report_unnamed_debug (char const *dest, char const *how,
                           char const *dir_name, char const *via);

/* --debug: DEST is the source's own file, which took its name directly
   ("hard-linked into place", "moved into place").  */
void report_placed_debug (char const *dest, char const *how);

/* --debug: a note about DEST, printed as "DEST: NOTE".  */
void report_note (char const *dest, char const *note);

/* -R: "protected: 'DEST'": the new version of DEST goes aside, as the
   next line says.  */
void report_protected (char const *dest);

/* -R: a symbolic link or node merged: GNU's lines for a file, "removed
   'DEST'" if REPLACING without a backup, then "'SOURCE' -> 'DEST'" with
   the backup BACKUP if not NULL.  */
void report_merged (char const *source, char const *dest, bool replacing,
                    char const *backup);

#endif /* AINSTALL_REPORT_H */

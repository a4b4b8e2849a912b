/* strip.h: -s, running the strip program on a staged file.
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

#ifndef AINSTALL_STRIP_H
#define AINSTALL_STRIP_H

#include <stdbool.h>

/* Run STRIP_PROGRAM on FILE_NAME, the staged (not yet visible) file for
   the destination DEST_NAME, and wait for it.  Return true if it ran and
   exited with status 0; else print GNU install's diagnostic and return
   false.  What the program writes to standard error names DEST_NAME
   where it named FILE_NAME: GNU install runs it on the destination, and
   build logs show that name.  The program may replace the file rather
   than rewrite it: the caller must look at what the name holds
   afterwards.  */
bool strip_file (char const *strip_program, char const *file_name,
                 char const *dest_name);

/* Prepare for running strip programs: let this process wait for its
   children even if it was started with SIGCHLD ignored.  */
void strip_init (void);

#endif /* AINSTALL_STRIP_H */

/* backup.h: -b, keeping the destination's previous version.
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

#ifndef AINSTALL_BACKUP_H
#define AINSTALL_BACKUP_H

#include <stdbool.h>

#include "backupfile.h"

/* Names follow GNU exactly (gnulib backupfile: --backup, -S,
   VERSION_CONTROL, SIMPLE_BACKUP_SUFFIX).  The backup is made by a hard
   link, so that the destination's name never disappears: the new file
   then replaces the destination with one rename.  Only where a hard link
   is impossible is the destination renamed to the backup name, as GNU
   does, for the moment between the two renames.  */

/* How a backup was made, so that it can be undone.  */
enum backup_method
{
  BACKUP_NONE,              /* Nothing was done.  */
  BACKUP_LINKED,            /* A new name for the destination.  */
  BACKUP_LINKED_OVER,       /* Likewise, replacing an older backup.  */
  BACKUP_RENAMED            /* The destination itself was renamed.  */
};

/* Return the malloc'd name, in the directory DIR_FD, of the backup of
   DEST_BASE that TYPE asks for.  */
char *backup_name (int dir_fd, char const *dest_base, enum backup_type type);

/* Return true if making BACKUP_BASE in DIR_FD would replace the source,
   whose last file name component is SRC_BASE and whose status is SRC_ST:
   for example "install -b f~ f".  */
bool backup_would_replace_source (char const *src_base,
                                  struct stat const *src_st, int dir_fd,
                                  char const *backup_base);

/* Make *BACKUP_BASE in DIR_FD the backup of DEST_BASE, named by TYPE.  A simple backup
   replaces an older one; a numbered backup never replaces a file, and
   takes the next free number (updating *BACKUP_BASE) if its number was
   taken meanwhile.  Return the method used, or -1 with errno set.
   Quiet.  */
int backup_make (int dir_fd, char const *dest_base, char **backup_base,
                 enum backup_type type);

/* Undo a backup made by METHOD, after the new file could not be put in
   place: the destination stays as it was.  Quiet; preserves errno.  */
void backup_undo (int dir_fd, char const *dest_base, char const *backup_base,
                  enum backup_method method);

#endif /* AINSTALL_BACKUP_H */

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
#include "undo.h"

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
  BACKUP_RENAMED,           /* The destination itself was renamed.  */
  BACKUP_DEFERRED           /* Not made yet: it would replace an older
                               backup, which must stay until the new
                               file is ready.  */
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

/* Make *BACKUP_BASE in DIR_FD the backup of DEST_BASE, named by TYPE,
   by a hard link: the destination keeps its name.  A simple backup
   replaces an older one if REPLACE_OLDER, else returns BACKUP_DEFERRED
   when there is one; a numbered backup never replaces a file, and takes
   the next free number (updating *BACKUP_BASE) if its number was taken
   meanwhile.  Record in *UNDO how to undo it, if it can be.  Return the
   method used, or -1 with errno set.  Quiet.  */
int backup_link (int dir_fd, char const *dest_base, char **backup_base,
                 enum backup_type type, bool replace_older, undo_id *undo);

/* Return true if ERR, from backup_link, means that no hard link can be
   made here, so that the backup must be made by renaming the
   destination (backup_rename), as GNU install makes it.  */
bool backup_needs_rename (int err);

/* Rename DEST_BASE in DIR_FD to BACKUP_BASE, made by TYPE, replacing an
   older simple backup but never a numbered one; record in *UNDO how to
   rename it back.  Return BACKUP_RENAMED, or -1 with errno set.  */
int backup_rename (int dir_fd, char const *dest_base,
                   char const *backup_base, enum backup_type type,
                   undo_id *undo);

#endif /* AINSTALL_BACKUP_H */

/* backup.c: -b, keeping the destination's previous version.
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

#include <config.h>

#include "backup.h"

#include "system.h"
#include "ignore-value.h"
#include "same-inode.h"
#include "staged-file.h"

char *
backup_name (int dir_fd, char const *dest_base, enum backup_type type)
{
  return find_backup_file_name (dir_fd, dest_base, type);
}

bool
backup_would_replace_source (char const *src_base, struct stat const *src_st,
                             int dir_fd, char const *backup_base)
{
  struct stat st;
  return (streq (src_base, backup_base)
          && fstatat (dir_fd, backup_base, &st, 0) == 0
          && SAME_INODE (st, *src_st));
}

/* Return true if ERR from linkat means that this file system or this
   file cannot get another hard link, rather than a real failure.  */
static bool
link_refused (int err)
{
  return (err == EPERM || err == EMLINK || err == ENOTSUP
          || err == EOPNOTSUPP || err == EXDEV || err == ENOSYS);
}

/* Give DEST_BASE's file the name BACKUP_BASE too, replacing an older
   backup of that name in one rename.  */
static int
link_backup (int dir_fd, char const *dest_base, char const *backup_base)
{
  if (linkat (dir_fd, dest_base, dir_fd, backup_base, 0) == 0)
    return BACKUP_LINKED;
  if (errno != EEXIST)
    return -1;

  struct staged_file link = STAGED_FILE_INIT;
  if (staged_file_link (&link, dir_fd, backup_base, dir_fd, dest_base) == 0
      && staged_file_commit (&link, backup_base) == 0)
    return BACKUP_LINKED_OVER;
  staged_file_discard (&link);
  return -1;
}

int
backup_make (int dir_fd, char const *dest_base, char const *backup_base)
{
  int method = link_backup (dir_fd, dest_base, backup_base);
  if (method < 0 && link_refused (errno))
    {
      /* No hard link possible: fall back on GNU's way.  */
      if (renameat (dir_fd, dest_base, dir_fd, backup_base) == 0)
        method = BACKUP_RENAMED;
    }
  return method;
}

void
backup_undo (int dir_fd, char const *dest_base, char const *backup_base,
             enum backup_method method)
{
  int e = errno;
  switch (method)
    {
    case BACKUP_LINKED:
      ignore_value (unlinkat (dir_fd, backup_base, 0));
      break;
    case BACKUP_RENAMED:
      ignore_value (renameat (dir_fd, backup_base, dir_fd, dest_base));
      break;
    case BACKUP_LINKED_OVER:
      /* The older backup is gone; the new one is a harmless extra
         name of the destination.  */
    case BACKUP_NONE:
      break;
    }
  errno = e;
}

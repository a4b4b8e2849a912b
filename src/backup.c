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
#include "renameatu.h"
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

/* Return true if BACKUP_BASE, made for DEST_BASE by TYPE, is numbered
   and so must never replace an existing file.  "existing" makes simple
   backups, DEST_BASE plus the suffix, until numbered ones exist.  */
static bool
is_numbered_backup (char const *dest_base, char const *backup_base,
                    enum backup_type type)
{
  if (type != numbered_existing_backups)
    return type == numbered_backups;
  size_t n = strlen (dest_base);
  return ! (strncmp (backup_base, dest_base, n) == 0
            && streq (backup_base + n, simple_backup_suffix));
}

/* Give DEST_BASE's file the name BACKUP_BASE too, replacing an older
   backup of that name in one rename.  */
static int
link_backup_over (int dir_fd, char const *dest_base, char const *backup_base)
{
  if (linkat (dir_fd, dest_base, dir_fd, backup_base, 0) == 0)
    return BACKUP_LINKED;
  if (errno != EEXIST)
    return -1;

  struct staged_file link = STAGED_FILE_INIT;
  if (staged_file_link (&link, dir_fd, backup_base, dir_fd, dest_base, 0)
      == 0
      && staged_file_commit (&link, backup_base) == 0)
    return BACKUP_LINKED_OVER;
  staged_file_discard (&link);
  return -1;
}

/* Give DEST_BASE's file the numbered backup name *BACKUP_BASE, never
   replacing a file: if another appeared under that name meanwhile, take
   the next number, as GNU does; if the name cannot change (it was cut
   short to fit), fail with EEXIST.  */
static int
link_numbered_backup (int dir_fd, char const *dest_base, char **backup_base)
{
  for (;;)
    {
      if (linkat (dir_fd, dest_base, dir_fd, *backup_base, 0) == 0)
        return BACKUP_LINKED;
      if (errno != EEXIST)
        return -1;
      char *next = backup_name (dir_fd, dest_base, numbered_backups);
      if (streq (next, *backup_base))
        {
          free (next);
          errno = EEXIST;
          return -1;
        }
      free (*backup_base);
      *backup_base = next;
    }
}

int
backup_make (int dir_fd, char const *dest_base, char **backup_base,
             enum backup_type type)
{
  if (strchr (*backup_base, '/'))
    {
      /* A suffix ending in "/": GNU's rename fails so.  */
      errno = ENOTDIR;
      return -1;
    }
  bool numbered = is_numbered_backup (dest_base, *backup_base, type);
  int method = (numbered
                ? link_numbered_backup (dir_fd, dest_base, backup_base)
                : link_backup_over (dir_fd, dest_base, *backup_base));
  if (method < 0 && link_refused (errno))
    {
      /* No hard link possible: fall back on GNU's way.  */
      if (renameatu (dir_fd, dest_base, dir_fd, *backup_base,
                     numbered ? RENAME_NOREPLACE : 0)
          == 0)
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

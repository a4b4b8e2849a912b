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

/* Return true if BACKUP_BASE is DEST_BASE's numbered backup name, as in
   "NAME.~12~".  */
static bool
has_number_suffix (char const *dest_base, char const *backup_base)
{
  size_t n = strlen (dest_base);
  if (strncmp (backup_base, dest_base, n) != 0
      || backup_base[n] != '.' || backup_base[n + 1] != '~')
    return false;
  char const *p = backup_base + n + 2;
  size_t digits = strspn (p, "0123456789");
  return 0 < digits && p[digits] == '~' && ! p[digits + 1];
}

/* Return true if BACKUP_BASE, made for DEST_BASE by TYPE, is numbered and
   so must never replace an existing file.  "existing" makes simple
   backups until numbered ones exist.  A name too long for the suffix is
   cut short by backupfile, and then is not a numbered name: as in GNU
   install, it is a simple backup, which replaces the older one.  */
static bool
is_numbered_backup (char const *dest_base, char const *backup_base,
                    enum backup_type type)
{
  if (type != numbered_existing_backups)
    return type == numbered_backups;
  return has_number_suffix (dest_base, backup_base);
}

/* Give DEST_BASE's file the name BACKUP_BASE too, replacing an older
   backup of that name in one rename if REPLACE_OLDER; else leave that
   for later.  */
static int
link_backup_over (int dir_fd, char const *dest_base, char const *backup_base,
                  bool replace_older)
{
  if (linkat (dir_fd, dest_base, dir_fd, backup_base, 0) == 0)
    return BACKUP_LINKED;
  if (errno != EEXIST)
    return -1;
  if (! replace_older)
    return BACKUP_DEFERRED;

  struct staged_file link = STAGED_FILE_INIT;
  int r = (staged_file_link (&link, dir_fd, backup_base, dir_fd, dest_base)
           == 0
           && staged_file_commit (&link, backup_base) == 0)
          ? BACKUP_LINKED_OVER : -1;
  staged_file_discard (&link);
  return r;
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

bool
backup_needs_rename (int err)
{
  return (err == EPERM || err == EMLINK || err == ENOTSUP
          || err == EOPNOTSUPP || err == EXDEV || err == ENOSYS);
}

int
backup_link (int dir_fd, char const *dest_base, char **backup_base,
             enum backup_type type, bool replace_older, undo_id *undo)
{
  if (strchr (*backup_base, '/'))
    {
      /* A suffix ending in "/": GNU's rename fails so.  */
      errno = ENOTDIR;
      return -1;
    }
  bool numbered = is_numbered_backup (dest_base, *backup_base, type);
  undo_block ();
  int method = (numbered
                ? link_numbered_backup (dir_fd, dest_base, backup_base)
                : link_backup_over (dir_fd, dest_base, *backup_base,
                                    replace_older));
  int e = errno;
  /* A backup that replaced an older one cannot be undone; it is then an
     extra name of the destination, which is harmless.  */
  if (method == BACKUP_LINKED)
    *undo = undo_add_remove (dir_fd, *backup_base, false);
  undo_unblock ();
  errno = e;
  return method;
}

int
backup_rename (int dir_fd, char const *dest_base, char const *backup_base,
               enum backup_type type, undo_id *undo)
{
  bool numbered = is_numbered_backup (dest_base, backup_base, type);
  undo_block ();
  int r = renameatu (dir_fd, dest_base, dir_fd, backup_base,
                     numbered ? RENAME_NOREPLACE : 0);
  int e = errno;
  if (r == 0)
    *undo = undo_add_rename (dir_fd, backup_base, dir_fd, dest_base, -1);
  undo_unblock ();
  errno = e;
  return r == 0 ? BACKUP_RENAMED : -1;
}

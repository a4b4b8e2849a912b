/* existing-dir.h: changing a directory that already exists, safely.
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

#ifndef AINSTALL_EXISTING_DIR_H
#define AINSTALL_EXISTING_DIR_H

#include <sys/stat.h>
#include <sys/types.h>

/* "install -d DIR" changes the owner and mode of a DIR that exists.
   Looking at DIR by name and then changing it by name would let a user
   who may write DIR's parent swap DIR for a symbolic link in between,
   and have the caller change whatever it points to.  So the directory is
   opened once, never through a symbolic link, and changed through that
   descriptor.

   A symbolic link to a directory is followed, as GNU install follows it,
   only where nobody else can have put it there: in a parent directory
   that belongs to the caller or to root and that only its owner may
   write, or in a sticky directory if the link is the caller's.  */

/* Why existing_dir_open failed, beyond errno values.  */
enum
{
  EXISTING_DIR_UNSAFE_LINK = -2   /* A symlink others could have put.  */
};

/* Open the existing directory NAME in DIR_FD to change it, and put its
   status in *ST.  Return the descriptor; or -1 with errno ENOENT if
   nothing is there, EEXIST if something other than a directory is (a
   dangling symbolic link, too), or another error; or
   EXISTING_DIR_UNSAFE_LINK.  The descriptor may be an O_PATH one: change
   the directory with the functions below.  */
int existing_dir_open (int dir_fd, char const *name, struct stat *st);

/* fchown and fchmod for a descriptor from existing_dir_open.  */
int existing_dir_chown (int fd, uid_t owner, gid_t group);
int existing_dir_chmod (int fd, mode_t mode);

/* Return a descriptor open for reading on the directory FD, from
   existing_dir_open (for reading and writing its attributes), or -1.  */
int existing_dir_reopen (int fd);

#endif /* AINSTALL_EXISTING_DIR_H */

/* trusted-path.h: following symbolic links that no other user can swap.
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

#ifndef AINSTALL_TRUSTED_PATH_H
#define AINSTALL_TRUSTED_PATH_H

#include <stdbool.h>
#include <sys/stat.h>

/* ainstall, run as root, often works in directories that other users
   control: an image built by a user, a DESTDIR in a home directory.  A
   symbolic link there may have been put by such a user, or swapped for
   another at any moment, to send root elsewhere.  Copying through it is
   what install has always done.  But where ainstall would change,
   adopt or remove something that already exists (the mode of an
   existing directory under -d, the source's own file in link and
   rename modes), it must know that no such link led there.

   A symbolic link is trusted if no other user can have put it where it
   is, nor replace it, nor chosen where it leads: it is the caller's or
   root's (a link merged from another user's image is that user's: they
   chose its target), and its directory belongs to the caller or to root
   and only its owner may write to it; or its directory is sticky (only a
   link's owner may remove or rename it), belongs to the caller or root,
   and the link is the caller's.  A directory is private on the same
   terms: the caller's or root's, and writable by its owner alone.  */

/* Return true if the directory whose status is DIR_ST lets nobody but
   its owner, the caller or root, add, remove or rename its entries.  */
bool trusted_dir (struct stat const *dir_st);

/* Return true if no one but the caller or root can remove or rename an
   entry that ENTRY_OWNER owns in the directory whose status is DIR_ST:
   a trusted directory, or a sticky one of the caller's or root's, if
   the entry is the caller's.  */
bool trusted_dir_for (struct stat const *dir_st, uid_t entry_owner);

/* Return true if the symbolic link whose status is LINK_ST, in the
   directory DIR_FD, is trusted.  */
bool trusted_link (int dir_fd, struct stat const *link_st);

/* Open the directory NAME, relative to START_FD (AT_FDCWD, or an open
   directory), following symbolic links one component at a time as the
   kernel would, with O_PATH.  Set *TRUSTED to false if any of them is
   not trusted; leave it alone otherwise.  Return the descriptor, or -1
   with errno set.  */
int trusted_open_dir (int start_fd, char const *name, bool *trusted);

/* Open NAME in DIR_FD with FLAGS (a way of reading) if it is a regular
   file, without ever opening anything else: it is looked at first with
   O_PATH, which opens nothing, and then that very file is opened.  In a
   directory that others may write, a device node or a FIFO put in a
   file's place must not be opened: opening some devices acts on them.
   Fail with ELOOP for a symbolic link, ENXIO for anything else that is
   not a regular file.  */
int open_regular_at (int dir_fd, char const *name, int flags);

#endif /* AINSTALL_TRUSTED_PATH_H */

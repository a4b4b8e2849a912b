/* install-manifest.h: the manifest line of an installed file.
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

#ifndef AINSTALL_INSTALL_MANIFEST_H
#define AINSTALL_INSTALL_MANIFEST_H

#include <stdbool.h>

#include "install-state.h"

/* Record in the manifest the file that S installed, open as FD (any
   kind of descriptor): its status, attributes and, if asked, digest;
   under --unprivileged, the owner, group, mode, capabilities and label
   that were asked for.  Return false after a diagnostic.  */
bool record_installed_file (struct install_state *s, int fd);

/* Any other entry to record: a directory, a symbolic link, a node.  */
struct recorded_entry
{
  char const *name;          /* As named, for the manifest.  */
  int fd;                    /* Open on it (any kind), or -1...  */
  int dir_fd;                /* ...to look it up as NAME_IN_DIR in DIR_FD,
                                without following it.  */
  char const *name_in_dir;
  uid_t uid;                 /* --unprivileged: the owner and group...  */
  gid_t gid;                 /* ...asked for, or -1 for its own.  */
  char const *label;         /* --unprivileged: the context asked for.  */
  struct stat const *later;  /* Whose mode and time it gets later (a
                                directory of -R, once filled), or NULL.  */
  char const *link_target;   /* A symbolic link's target.  */
  bool no_time;              /* Record no time (manifest.h).  */
};

/* Record R under OPTS.  Return false after a diagnostic.  */
bool record_entry (struct install_options const *opts,
                   struct recorded_entry const *r);

#endif /* AINSTALL_INSTALL_MANIFEST_H */

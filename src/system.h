/* system.h: what every ainstall source file includes.
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

#ifndef AINSTALL_SYSTEM_H
#define AINSTALL_SYSTEM_H

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "attribute.h"
#include "intprops.h"
#include "error.h"
#include "gettext.h"
#include "quote.h"
#include "quotearg.h"
#include "stat-macros.h"
#include "xalloc.h"

#define _(msgid) gettext (msgid)
#define N_(msgid) msgid

static inline bool
streq (char const *a, char const *b)
{
  return strcmp (a, b) == 0;
}

/* The effective user ID, asked once: it does not change while ainstall
   runs, and it is asked for every file.  */
static inline uid_t
caller_uid (void)
{
  static uid_t uid;
  static bool known;
  if (! known)
    {
      uid = geteuid ();
      known = true;
    }
  return uid;
}

/* Likewise, the effective group ID.  */
static inline gid_t
caller_gid (void)
{
  static gid_t gid;
  static bool known;
  if (! known)
    {
      gid = getegid ();
      known = true;
    }
  return gid;
}

/* Return true if MODE has bits other than the file type and the
   permissions: set-user-ID, set-group-ID or sticky.  */
static inline bool
mode_has_special_bits (mode_t mode)
{
  return (mode & ~(S_IRWXUGO | S_IFMT)) != 0;
}

/* File names in diagnostics are quoted the way coreutils quotes them, so
   that messages match GNU install byte for byte: quoteaf when spaces
   surround the name, quotef when a colon follows it.  */
#define quoteaf(arg) \
  quotearg_style (shell_escape_always_quoting_style, arg)
#define quoteaf_n(n, arg) \
  quotearg_n_style (n, shell_escape_always_quoting_style, arg)
#define quotef(arg) \
  quotearg_n_style_colon (0, shell_escape_quoting_style, arg)
#define quotef_n(n, arg) \
  quotearg_n_style_colon (n, shell_escape_quoting_style, arg)

/* The name under /proc that leads to the very file open as a descriptor:
   linking it, changing it, or reopening it there reaches that file, not
   whatever has its name now, and works for O_PATH descriptors too.  */
enum { PROC_FD_NAME_SIZE = sizeof "/proc/self/fd/" + INT_STRLEN_BOUND (int) };
static inline void
proc_fd_name (char *buf, int fd)
{
  sprintf (buf, "/proc/self/fd/%d", fd);
}

/* Flags for descriptors that only name a directory to work in.  */
#ifdef O_PATH
# define O_DIRSEARCH (O_PATH | O_DIRECTORY | O_CLOEXEC)
#else
# define O_DIRSEARCH (O_SEARCH | O_DIRECTORY | O_CLOEXEC)
#endif

#endif /* AINSTALL_SYSTEM_H */

/* security-label.c: SELinux contexts of installed files and directories.
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

#include "security-label.h"

#include <selinux/selinux.h>
#include <selinux/label.h>
#include <sys/xattr.h>

#include "system.h"
#include "canonicalize.h"
#include "dirname.h"
#include "filenamecat.h"

#if ! USE_SELINUX
/* gnulib's stand-ins for libselinux have no raw variants; without
   SELinux there is no translation to skip anyway.  */
# define selabel_lookup_raw selabel_lookup
# define fgetfilecon_raw fgetfilecon
# define fsetfilecon_raw fsetfilecon
# define setfscreatecon_raw setfscreatecon
# define lsetfilecon_raw lsetfilecon
#endif

/* Where a context is kept: the attribute SELinux itself reads.  */
static char const label_xattr[] = "security.selinux";

bool
label_system_enabled (void)
{
  static int enabled = -1;
  if (enabled < 0)
    enabled = 0 < is_selinux_enabled ();
  return enabled;
}

bool
label_error_ignorable (int err)
{
  return err == ENOTSUP || err == ENODATA;
}

int
label_check_context (char const *ctx)
{
  /* The test GNU install makes: can it become the creation context?  */
  if (setfscreatecon (ctx) != 0)
    return -1;
  return setfscreatecon (NULL);
}

bool
label_at_creation (struct install_options const *opts)
{
  /* Contexts from another policy's file_contexts may mean nothing to the
     running one: those are written as they are, on the staged file.
     --unprivileged sets none: the manifest records them.  */
  return (label_system_enabled () && ! opts->file_contexts
          && ! opts->unprivileged);
}

/* The file contexts labels are looked up in, opened on first use: FILE,
   or the running policy's if FILE is NULL.  */
static struct selabel_handle *
file_contexts (char const *file)
{
  static bool opened;
  static struct selabel_handle *handle;
  if (! opened)
    {
#if USE_SELINUX
      struct selinux_opt path = { SELABEL_OPT_PATH, file };
      handle = selabel_open (SELABEL_CTX_FILE, file ? &path : NULL,
                             file ? 1 : 0);
#else
      (void) file;
      handle = NULL;
#endif
      if (! handle && ! errno)
        errno = ENOTSUP;
      opened = handle != NULL;
    }
  return handle;
}

int
label_open_file_contexts (char const *file)
{
  return file_contexts (file) ? 0 : -1;
}

/* Return DIR canonicalized, computed once: the image root.  */
static char const *
canonical_root (char const *dir)
{
  static char *root;
  if (! root)
    root = canonicalize_filename_mode (dir, CAN_EXISTING);
  return root;
}

/* Return the malloc'd name the file contexts match DEST_NAME with: its
   absolute name, its directory resolved and its last component kept,
   seen from ROOT (if not NULL) as if ROOT were "/".  */
static char *
lookup_name (char const *dest_name, char const *root)
{
  char *dir = dir_name (dest_name);
  char *abs_dir = canonicalize_filename_mode (dir, CAN_EXISTING);
  free (dir);
  if (! abs_dir)
    return NULL;
  char *abs = file_name_concat (abs_dir, last_component (dest_name), NULL);
  free (abs_dir);

  char const *r = root ? canonical_root (root) : NULL;
  size_t len = r ? strlen (r) : 0;
  if (r && ! streq (r, "/") && strncmp (abs, r, len) == 0
      && (abs[len] == '/' || ! abs[len]))
    {
      char *seen = xstrdup (abs[len] ? abs + len : "/");
      free (abs);
      abs = seen;
    }
  return abs;
}

/* Set *LABEL to the default context for DEST_NAME of type MODE in the
   file contexts of OPTS, or to NULL if they have none for it.  */
static int
policy_default (struct install_options const *opts, char const *dest_name,
                mode_t mode, char **label)
{
  struct selabel_handle *handle = file_contexts (opts->file_contexts);
  if (! handle)
    return -1;
  char *name = lookup_name (dest_name, opts->label_root);
  if (! name)
    return -1;
  int r = selabel_lookup_raw (handle, label, name, mode);
  int e = errno;
  free (name);
  if (r != 0 && e == ENOENT)
    {
      /* No entry for this name: it keeps what the kernel gives it.  */
      *label = NULL;
      return 0;
    }
  errno = e;
  return r;
}

/* Having read SIZE bytes of the label attribute into BUF (which has
   room for one more), set *LABEL to a copy.  A file system or file
   without the attribute has no label, which is not an error.  */
static int
label_from_attribute (ssize_t size, char *buf, char **label)
{
  if (size < 0)
    return label_error_ignorable (errno) ? 0 : -1;
  buf[size] = '\0';
  *label = xstrdup (buf);
  return 0;
}

/* Set *LABEL to the context of the open file FD, or NULL if it has none.
   Without SELinux, read the attribute itself: an image built elsewhere
   may carry its contexts.  */
static int
label_of_fd (int fd, char **label)
{
  *label = NULL;
  if (label_system_enabled ())
    return fgetfilecon_raw (fd, label) < 0 ? -1 : 0;
  char buf[4096];
  return label_from_attribute (fgetxattr (fd, label_xattr, buf,
                                          sizeof buf - 1),
                               buf, label);
}

int
label_for (struct install_options const *opts, char const *dest_name,
           mode_t mode, int src_fd, char **label)
{
  *label = NULL;
  switch (opts->label_policy)
    {
    case LABEL_SYSTEM_DEFAULT:
      if (! label_system_enabled ())
        return 0;
      FALLTHROUGH;
    case LABEL_POLICY_DEFAULT:
      return policy_default (opts, dest_name, mode, label);
    case LABEL_EXPLICIT:
      *label = xstrdup (opts->label);
      return 0;
    case LABEL_FROM_SOURCE:
      return src_fd < 0 ? 0 : label_of_fd (src_fd, label);
    }
  abort ();
}

int
label_for_name (struct install_options const *opts, char const *dest_name,
                mode_t mode, char const *src_name, char **label)
{
  if (opts->label_policy != LABEL_FROM_SOURCE)
    return label_for (opts, dest_name, mode, -1, label);
  *label = NULL;
  if (label_system_enabled ())
    return lgetfilecon_raw (src_name, label) < 0 ? -1 : 0;
  char buf[4096];
  return label_from_attribute (lgetxattr (src_name, label_xattr, buf,
                                          sizeof buf - 1),
                               buf, label);
}

int
label_set_name (char const *name, char const *label)
{
  if (! label)
    return 0;
  if (label_system_enabled ())
    return lsetfilecon_raw (name, label);
  return lsetxattr (name, label_xattr, label, strlen (label) + 1, 0);
}

int
label_of_file (int fd, char **label)
{
  return label_of_fd (fd, label);
}

int
label_create_begin (char const *label)
{
  return label ? setfscreatecon_raw (label) : 0;
}

void
label_create_end (char const *label)
{
  if (label)
    setfscreatecon_raw (NULL);
}

int
label_set_fd (int fd, char const *label)
{
  if (! label)
    return 0;
  if (label_system_enabled ())
    return fsetfilecon_raw (fd, label);
  return fsetxattr (fd, label_xattr, label, strlen (label) + 1, 0);
}

void
label_free (char *label)
{
  free (label);
}

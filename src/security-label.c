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
#if USE_SELINUX
# include <stdint.h>
# include <sys/statvfs.h>
# include <sys/vfs.h>
#endif

#include "system.h"
#include "canonicalize.h"
#include "dirname.h"
#include "filenamecat.h"
#include "optional-libs.h"

#if USE_SELINUX
/* libselinux is loaded only when a run needs it (see optional-libs.h):
   to look labels up in file contexts, to set the file creation context,
   and to read and write contexts with SELinux enabled.  */
# define LIBSELINUX_SYMBOLS(S)                                           \
  S (fgetfilecon_raw) S (fsetfilecon_raw) S (is_selinux_enabled)        \
  S (lgetfilecon_raw) S (lsetfilecon_raw) S (selabel_lookup_raw)        \
  S (selabel_open) S (setfscreatecon) S (setfscreatecon_raw)
OPTIONAL_LIB (libselinux, LIBSELINUX_SONAME,
              N_("SELinux contexts cannot be looked up or set"),
              LIBSELINUX_SYMBOLS);
# define SE(name) OPTIONAL_LIB_FN (libselinux, name)

static bool
selinux_loaded (void)
{
  return optional_lib_load (&libselinux);
}
#else
/* gnulib's stand-ins for libselinux fail with ENOTSUP by themselves.
   They have no raw variants; without SELinux there is no translation to
   skip anyway.  */
# define SE(name) name
# define selabel_lookup_raw selabel_lookup
# define fgetfilecon_raw fgetfilecon
# define fsetfilecon_raw fsetfilecon
# define lgetfilecon_raw lgetfilecon
# define setfscreatecon_raw setfscreatecon
# define lsetfilecon_raw lsetfilecon

static bool
selinux_loaded (void)
{
  return true;
}
#endif

/* Where a context is kept: the attribute SELinux itself reads.  */
static char const label_xattr[] = "security.selinux";

#if USE_SELINUX
/* What libselinux's is_selinux_enabled says, told without loading it
   where that is sure.  libselinux (3.4, Debian 12's) says yes only if
   /etc/selinux/config exists and selinuxfs is mounted read-write: at
   /sys/fs/selinux; failing that at /selinux, or, if the kernel has
   selinuxfs at all, where /proc/mounts says (later versions look at
   /sys/fs/selinux only).  */
enum selinux_state { SELINUX_DISABLED, SELINUX_ENABLED, SELINUX_ASK_LIB };

/* selinuxfs's magic number (SELINUX_MAGIC in the kernel's magic.h).  */
static uint32_t const selinuxfs_magic = 0xf97cff8c;

/* Return the state that selinuxfs mounted at DIR means, or -1 if DIR is
   not selinuxfs.  */
static int
selinuxfs_state (char const *dir)
{
  struct statfs fs;
  if (statfs (dir, &fs) != 0 || (uint32_t) fs.f_type != selinuxfs_magic)
    return -1;
  struct statvfs vfs;
  if (statvfs (dir, &vfs) != 0)
    return SELINUX_ASK_LIB;
  return vfs.f_flag & ST_RDONLY ? SELINUX_DISABLED : SELINUX_ENABLED;
}

/* Return true if the kernel knows selinuxfs, or it cannot be told.  */
static bool
selinuxfs_known (void)
{
  FILE *fp = fopen ("/proc/filesystems", "re");
  if (! fp)
    return true;
  char line[256];
  bool known = false;
  while (! known && fgets (line, sizeof line, fp))
    known = strstr (line, "selinuxfs") != NULL;
  fclose (fp);
  return known;
}

static enum selinux_state
selinux_state (void)
{
  if (access ("/etc/selinux/config", F_OK) != 0)
    return SELINUX_DISABLED;
  int state = selinuxfs_state ("/sys/fs/selinux");
  if (0 <= state)
    return state;
  /* Only libselinux knows which of the rarer places it looks at.  */
  return (0 <= selinuxfs_state ("/selinux") || selinuxfs_known ()
          ? SELINUX_ASK_LIB : SELINUX_DISABLED);
}
#endif

bool
label_system_enabled (void)
{
  static int enabled = -1;
  if (enabled < 0)
    {
#if USE_SELINUX
      switch (selinux_state ())
        {
        case SELINUX_DISABLED:
          enabled = false;
          break;
        case SELINUX_ENABLED:
          enabled = true;
          break;
        case SELINUX_ASK_LIB:
          enabled = selinux_loaded () && 0 < SE (is_selinux_enabled) ();
          break;
        }
#else
      enabled = false;
#endif
    }
  return enabled;
}

/* Return true if contexts are read and written through libselinux:
   with SELinux enabled, if it can be loaded.  Otherwise they are the
   attribute itself, which is all the _raw functions read and write.  */
static bool
through_library (void)
{
  return label_system_enabled () && selinux_loaded ();
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
  if (! selinux_loaded () || SE (setfscreatecon) (ctx) != 0)
    return -1;
  return SE (setfscreatecon) (NULL);
}

bool
label_at_creation (struct install_options const *opts)
{
  /* Contexts from another policy's file_contexts may mean nothing to the
     running one: those are written as they are, on the staged file.
     --unprivileged sets none: the manifest records them.  */
  return (! opts->file_contexts && ! opts->unprivileged
          && through_library ());
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
      handle = (selinux_loaded ()
                ? SE (selabel_open) (SELABEL_CTX_FILE, file ? &path : NULL,
                                     file ? 1 : 0)
                : NULL);
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
  int r = SE (selabel_lookup_raw) (handle, label, name, mode);
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
   Without SELinux (or libselinux), read the attribute itself: an image
   built elsewhere may carry its contexts.  */
static int
label_of_fd (int fd, char **label)
{
  *label = NULL;
  if (through_library ())
    return SE (fgetfilecon_raw) (fd, label) < 0 ? -1 : 0;
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
  if (through_library ())
    return SE (lgetfilecon_raw) (src_name, label) < 0 ? -1 : 0;
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
  if (through_library ())
    return SE (lsetfilecon_raw) (name, label);
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
  if (! label)
    return 0;
  return selinux_loaded () ? SE (setfscreatecon_raw) (label) : -1;
}

void
label_create_end (char const *label)
{
  if (label && selinux_loaded ())
    SE (setfscreatecon_raw) (NULL);
}

int
label_set_fd (int fd, char const *label)
{
  if (! label)
    return 0;
  if (through_library ())
    return SE (fsetfilecon_raw) (fd, label);
  return fsetxattr (fd, label_xattr, label, strlen (label) + 1, 0);
}

void
label_free (char *label)
{
  free (label);
}

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

#include "system.h"
#include "canonicalize.h"
#include "dirname.h"
#include "filenamecat.h"

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

/* The file contexts of the running policy, opened on first use.  */
static struct selabel_handle *
policy_file_contexts (void)
{
  static bool opened;
  static struct selabel_handle *handle;
  if (! opened)
    {
      opened = true;
      handle = selabel_open (SELABEL_CTX_FILE, NULL, 0);
    }
  return handle;
}

/* Return the absolute name that the policy's file contexts match
   DEST_NAME with: its directory resolved, its last component kept.  */
static char *
absolute_destination (char const *dest_name)
{
  char *dir = dir_name (dest_name);
  char *abs_dir = canonicalize_filename_mode (dir, CAN_EXISTING);
  free (dir);
  if (! abs_dir)
    return NULL;
  char *abs = file_name_concat (abs_dir, last_component (dest_name), NULL);
  free (abs_dir);
  return abs;
}

/* Set *LABEL to the policy's default context for DEST_NAME of type MODE,
   or to NULL if the policy has none.  */
static int
policy_default (char const *dest_name, mode_t mode, char **label)
{
  struct selabel_handle *handle = policy_file_contexts ();
  if (! handle)
    return -1;
  char *abs = absolute_destination (dest_name);
  if (! abs)
    return -1;
  int r = selabel_lookup (handle, label, abs, mode);
  int e = errno;
  free (abs);
  if (r != 0 && e == ENOENT)
    {
      /* No entry for this name: it keeps what the kernel gives it.  */
      *label = NULL;
      return 0;
    }
  errno = e;
  return r;
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
      return policy_default (dest_name, mode, label);
    case LABEL_EXPLICIT:
      *label = xstrdup (opts->label);
      return 0;
    case LABEL_FROM_SOURCE:
      return src_fd < 0 ? 0 : fgetfilecon (src_fd, label) < 0 ? -1 : 0;
    }
  abort ();
}

int
label_create_begin (char const *label)
{
  return label ? setfscreatecon (label) : 0;
}

void
label_create_end (char const *label)
{
  if (label)
    setfscreatecon (NULL);
}

int
label_set_fd (int fd, char const *label)
{
  return label ? fsetfilecon (fd, label) : 0;
}

void
label_free (char *label)
{
  if (label)
    freecon (label);
}

/* metadata.c: the attributes a staged file gets before it is committed.
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

#include "metadata.h"

#include "system.h"
#include "file-caps.h"
#include "ignore-value.h"
#include "posix-acl.h"
#include "same-inode.h"
#include "security-label.h"
#include "stat-time.h"
#include "xattrs.h"

mode_t
wanted_file_mode (struct install_options const *opts,
                  struct stat const *src_st)
{
  if (opts->preserve_mode && ! opts->mode_given)
    return src_st->st_mode & CHMOD_MODE_BITS;
  return opts->mode;
}

uid_t
wanted_owner (struct install_options const *opts, struct stat const *src_st)
{
  if (opts->preserve_ownership && opts->owner == (uid_t) -1)
    return src_st->st_uid;
  return opts->owner;
}

gid_t
wanted_group (struct install_options const *opts, struct stat const *src_st)
{
  if (opts->preserve_ownership && opts->group == (gid_t) -1)
    return src_st->st_gid;
  return opts->group;
}

/* Give TARGET the owner and group OPTS ask for, unless it has them
   already: a needless chown would still clear set-ID bits and file
   capabilities.  Set *CHANGED if it changed them.  */
static bool
set_owner (struct install_options const *opts,
           struct metadata_target const *target,
           struct stat const *src_st, bool *changed)
{
  uid_t owner = wanted_owner (opts, src_st);
  gid_t group = wanted_group (opts, src_st);
  *changed = false;
  /* --unprivileged records them in the manifest instead.  */
  if (opts->unprivileged
      || ((owner == (uid_t) -1 || owner == target->st->st_uid)
          && (group == (gid_t) -1 || group == target->st->st_gid)))
    return true;
  if (fchown (target->fd, owner, group) == 0)
    {
      *changed = true;
      return true;
    }

  /* Like cp, an unprivileged user keeps what --preserve=ownership cannot
     give: only root may give files away.  -o and -g are never ignored.  */
  int e = errno;
  bool only_preserved = (opts->owner == (uid_t) -1
                         && opts->group == (gid_t) -1);
  if (only_preserved && (e == EPERM || e == EINVAL) && caller_uid () != 0)
    {
      *changed = fchown (target->fd, -1, group) == 0;
      return true;
    }
  error (0, e, _("cannot change ownership of %s"),
         quoteaf (target->dest_name));
  return false;
}

bool
metadata_keeps_source (struct install_options const *opts)
{
  bool label_changes = (opts->file_contexts
                        || opts->label_policy == LABEL_EXPLICIT
                        || opts->label_policy == LABEL_POLICY_DEFAULT
                        || (opts->label_policy == LABEL_SYSTEM_DEFAULT
                            && label_system_enabled ()));
  return (opts->owner == (uid_t) -1 && opts->group == (gid_t) -1
          && opts->preserve_mode && ! opts->mode_given
          && ! opts->caps_given && ! label_changes);
}

bool
directory_passes_acl (int dir_fd)
{
  return posix_acl_dir_passes (dir_fd);
}

static bool
set_mode (struct install_options const *opts,
          struct metadata_target const *target, struct stat const *src_st,
          bool owner_changed)
{
  mode_t mode = wanted_file_mode (opts, src_st);
  int r;
  /* As GNU install does, replace an inherited ACL (a new file inherits
     one from its directory's default ACL) with the plain mode.  After a
     chown, set the mode even if it looks right: the chown may have
     cleared set-ID bits.  */
  if (target->may_have_acl && ! opts->preserve_acl
      && posix_acl_extended (target->fd))
    r = posix_acl_drop (target->fd, mode);
  else if (! owner_changed && target->mode_known
           && (target->st->st_mode & CHMOD_MODE_BITS) == mode)
    r = 0;
  else
    r = fchmod (target->fd, mode);
  if (r == 0)
    return true;
  error (0, errno, _("cannot change permissions of %s"),
         quoteaf (target->dest_name));
  return false;
}

/* Labels: -Z, --context and the system default are GNU install's, whose
   failures are warnings; --file-contexts and --preserve=context ask
   explicitly, and fail.  */
static bool
set_label (struct install_options const *opts,
           struct metadata_target const *target)
{
  if (label_set_fd (target->fd, target->label) == 0)
    return true;
  bool asked = opts->file_contexts || opts->label_policy == LABEL_FROM_SOURCE;
  if (! asked && label_error_ignorable (errno))
    return true;
  error (0, errno, (asked ? _("failed to set the security context of %s")
                    : _("warning: %s: failed to change context to %s")),
         asked ? quoteaf (target->dest_name) : quotef_n (0, target->dest_name),
         quote_n (1, target->label));
  return ! asked;
}

static bool
set_times (struct metadata_target const *target, struct stat const *src_st)
{
  struct timespec times[2] = { get_stat_atime (src_st),
                               get_stat_mtime (src_st) };
  if (futimens (target->fd, times) == 0)
    return true;
  if (target->times_required)
    {
      error (0, errno, _("cannot set timestamps for %s"),
             quoteaf (target->dest_name));
      return false;
    }
  /* GNU install only warns when the copy itself could not keep them.  */
  error (0, errno, _("preserving times for %s"), quoteaf (target->dest_name));
  return true;
}

/* Return true if the staged file is the source itself (link and rename
   merge modes): what it has, it keeps.  */
static bool
is_source (struct metadata_target const *target,
           struct metadata_source const *source)
{
  return SAME_INODE (*target->st, *source->st);
}

/* --preserve=xattr.  Writing a user.* attribute needs write permission,
   which a read-only final mode does not give an unprivileged owner: the
   staged file is writable for the moment, as only its owner can see.  */
static bool
copy_xattrs (struct install_options const *opts,
             struct metadata_target const *target,
             struct metadata_source const *source, mode_t mode)
{
  if (! opts->preserve_xattr || source->fd < 0 || is_source (target, source))
    return true;
  bool unwritable = ! (mode & S_IWUSR) && caller_uid () != 0;
  if (unwritable)
    ignore_value (fchmod (target->fd, mode | S_IWUSR));
  char *failed;
  int r = xattrs_copy (source->fd, target->fd, &opts->xattr_filter, &failed);
  int e = errno;
  if (unwritable)
    ignore_value (fchmod (target->fd, mode));
  if (r == 0)
    return true;
  if (failed)
    error (0, e, _("cannot copy extended attribute %s to %s"),
           quote_n (0, failed), quoteaf_n (1, target->dest_name));
  else
    error (0, e, _("cannot read extended attributes of %s"),
           quoteaf (source->name));
  free (failed);
  return false;
}

/* The capabilities the file must end with, read before the chown that
   would clear them on a file that is its own source.  Set *WANTED to
   false if the file's capabilities are none of our business.  */
static bool
get_wanted_caps (struct install_options const *opts,
                 struct metadata_target const *target,
                 struct metadata_source const *source,
                 struct file_caps **caps, bool *wanted)
{
  *caps = NULL;
  *wanted = opts->caps_given || opts->preserve_caps;
  if (! *wanted)
    return true;
  if (opts->caps_given)
    {
      *caps = opts->caps ? caps_copy (opts->caps) : NULL;
      return true;
    }
  int fd = 0 <= source->fd ? source->fd : target->fd;
  if (caps_get_fd (fd, caps) == 0)
    return true;
  error (0, errno, _("cannot read the capabilities of %s"),
         quoteaf (source->name));
  return false;
}

/* Give the file the capabilities CAPS: after the chown, which clears
   them, and after the last write.  If they cannot be set, the file is not
   installed: a binary must never appear without them.  */
static bool
set_caps (struct metadata_target const *target, struct file_caps const *caps)
{
  /* Touch them only if they differ: even removing absent capabilities
     needs a privilege.  */
  struct file_caps *current;
  if (caps_get_fd (target->fd, &current) == 0)
    {
      bool same = caps_equal (current, caps);
      caps_free (current);
      if (same)
        return true;
    }
  if (caps_set_fd (target->fd, caps) == 0)
    return true;
  error (0, errno, _("cannot set the capabilities of %s"),
         quoteaf (target->dest_name));
  return false;
}

/* --preserve=acl: the source's ACL, if it has more than its mode bits.
   An ACL also holds the owner, group class and other permissions, which
   are the mode's: so the mode is set again after it, and the ACL keeps
   only its named entries from the source.  */
static bool
copy_acl_from_source (struct install_options const *opts,
                      struct metadata_target const *target,
                      struct metadata_source const *source, mode_t mode)
{
  if (! opts->preserve_acl || source->fd < 0 || is_source (target, source)
      || ! posix_acl_extended (source->fd))
    return true;
  if (posix_acl_copy (source->fd, target->fd, mode) == 0)
    return true;
  error (0, errno, _("preserving permissions for %s"),
         quoteaf (target->dest_name));
  return false;
}

/* The order, and why:
     1. owner and group: chown clears set-user-ID and set-group-ID bits
        and file capabilities, so it comes first;
     2. mode: after chown, so set-ID bits survive;
     3. extended attributes (--preserve=xattr);
     4. capabilities: after chown, after the last write, and after the
        other attributes, none of which may overwrite them;
     5. ACL (--preserve=acl): after the mode, which rewrites its mask;
     6. SELinux context, when it was not given at creation;
     7. timestamps, last: nothing after them changes them.
   The data, and -s, came before all of these: a write clears
   capabilities and set-ID bits too.  */
bool
metadata_apply (struct install_options const *opts,
                struct metadata_target const *target,
                struct metadata_source const *source)
{
  struct file_caps *caps;
  bool caps_wanted;
  if (! get_wanted_caps (opts, target, source, &caps, &caps_wanted))
    return false;
  mode_t mode = wanted_file_mode (opts, source->st);
  bool owner_changed;
  bool ok = (set_owner (opts, target, source->st, &owner_changed)
             && (target->skip_mode
                 || set_mode (opts, target, source->st, owner_changed))
             && copy_xattrs (opts, target, source, mode)
             && (! caps_wanted || opts->unprivileged
                 || set_caps (target, caps))
             && copy_acl_from_source (opts, target, source, mode)
             && (opts->unprivileged || set_label (opts, target))
             && (! opts->preserve_timestamps || target->skip_times
                 || set_times (target, source->st)));
  caps_free (caps);
  return ok;
}

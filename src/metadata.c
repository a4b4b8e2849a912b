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

#if USE_ACL
# include <sys/xattr.h>
#endif

#include "system.h"
#include "acl.h"
#include "security-label.h"
#include "stat-time.h"

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
  if ((owner == (uid_t) -1 || owner == target->st->st_uid)
      && (group == (gid_t) -1 || group == target->st->st_gid))
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
  if (only_preserved && (e == EPERM || e == EINVAL) && geteuid () != 0)
    {
      *changed = fchown (target->fd, -1, group) == 0;
      return true;
    }
  error (0, e, _("cannot change ownership of %s"),
         quoteaf (target->dest_name));
  return false;
}

/* Return true if FD has an access ACL beyond its mode bits: a new file
   inherits one from its directory's default ACL.  */
static bool
has_extended_acl (int fd)
{
#if USE_ACL
  return 0 < fgetxattr (fd, "system.posix_acl_access", NULL, 0);
#else
  (void) fd;
  return false;
#endif
}

bool
directory_passes_acl (int dir_fd)
{
#if USE_ACL
  /* DIR_FD may be an O_PATH descriptor, which fgetxattr refuses.  */
  int fd = openat (dir_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0)
    return true;
  bool passes = (fgetxattr (fd, "system.posix_acl_default", NULL, 0) != -1
                 || (errno != ENODATA && errno != ENOTSUP));
  close (fd);
  return passes;
#else
  (void) dir_fd;
  return false;
#endif
}

static bool
set_mode (struct install_options const *opts,
          struct metadata_target const *target, struct stat const *src_st,
          bool owner_changed)
{
  mode_t mode = wanted_file_mode (opts, src_st);
  int r;
  /* As GNU install does, replace an inherited ACL with the plain mode.
     After a chown, set the mode even if it looks right: the chown may
     have cleared set-ID bits.  */
  if (target->may_have_acl && has_extended_acl (target->fd))
    r = qset_acl (NULL, target->fd, mode);
  else if (! owner_changed
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

static void
set_label (struct metadata_target const *target)
{
  if (label_set_fd (target->fd, target->label) != 0
      && ! label_error_ignorable (errno))
    error (0, errno, _("warning: %s: failed to change context to %s"),
           quotef_n (0, target->dest_name), quote_n (1, target->label));
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

bool
metadata_apply (struct install_options const *opts,
                struct metadata_target const *target,
                struct stat const *src_st)
{
  bool owner_changed;
  if (! (set_owner (opts, target, src_st, &owner_changed)
         && set_mode (opts, target, src_st, owner_changed)))
    return false;
  set_label (target);
  return ! opts->preserve_timestamps || set_times (target, src_st);
}

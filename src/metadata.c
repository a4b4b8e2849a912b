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

static bool
set_owner (struct install_options const *opts,
           struct metadata_target const *target)
{
  if (opts->owner == (uid_t) -1 && opts->group == (gid_t) -1)
    return true;
  if (fchown (target->fd, opts->owner, opts->group) == 0)
    return true;
  error (0, errno, _("cannot change ownership of %s"),
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
          struct metadata_target const *target)
{
  int r;
  /* As GNU install does, replace an inherited ACL with the plain mode.  */
  if (target->may_have_acl && has_extended_acl (target->fd))
    r = qset_acl (NULL, target->fd, opts->mode);
  else if ((target->st->st_mode & CHMOD_MODE_BITS) == opts->mode)
    r = 0;
  else
    r = fchmod (target->fd, opts->mode);
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
  if (! (set_owner (opts, target) && set_mode (opts, target)))
    return false;
  set_label (target);
  return ! opts->preserve_timestamps || set_times (target, src_st);
}

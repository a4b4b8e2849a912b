/* install-manifest.c: the manifest line of an installed file.
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

#include "install-manifest.h"

#include "system.h"
#include "manifest.h"
#include "metadata.h"
#include "stat-time.h"
#include "xvasprintf.h"

/* --unprivileged: nothing set the owner, group, capabilities or label
   that were asked for; record those instead of what the file has.  */
static void
record_what_was_asked (struct install_state const *s,
                       struct manifest_entry *e)
{
  struct install_options const *opts = s->opts;
  uid_t owner = wanted_owner (opts, &s->src_st);
  gid_t group = wanted_group (opts, &s->src_st);
  if (owner != (uid_t) -1)
    e->st.st_uid = owner;
  if (group != (gid_t) -1)
    e->st.st_gid = group;
  if (! s->group_link)
    e->st.st_mode = (e->st.st_mode & S_IFMT) | wanted_file_mode (opts,
                                                                 &s->src_st);
  struct file_caps *caps = NULL;
  bool caps_asked = (opts->caps_given
                     || (opts->preserve_caps && 0 <= s->src_fd
                         && caps_get_fd (s->src_fd, &caps) == 0));
  if (opts->caps_given)
    caps = opts->caps ? caps_copy (opts->caps) : NULL;
  free (e->caps);
  e->caps = caps_asked && caps ? caps_to_text (caps) : NULL;
  caps_free (caps);
  if (s->label)
    {
      free (e->context);
      e->context = xstrdup (s->label);
    }
}

/* The digest of the installed content, in HEX: made while copying, or
   read now from the installed file, open as FD (any kind), once.  */
static bool
installed_digest (struct install_state *s, int fd, char *hex)
{
  if (! s->digest_done)
    {
      char proc_name[PROC_FD_NAME_SIZE];
      proc_fd_name (proc_name, fd);
      int read_fd = open (proc_name, O_RDONLY | O_NOCTTY | O_CLOEXEC);
      digest_init (&s->digest, manifest_digest ());
      bool ok = 0 <= read_fd && digest_read (&s->digest, read_fd) == 0;
      int e = errno;
      if (0 <= read_fd)
        close (read_fd);
      if (! ok)
        {
          error (0, e, _("error reading %s"), quoteaf (s->job->dest_name));
          return false;
        }
    }
  digest_finish (&s->digest, hex);
  return true;
}

bool
record_installed_file (struct install_state *s, int fd)
{
  struct manifest_entry e = { .name = s->job->dest_name };
  char proc_name[PROC_FD_NAME_SIZE];
  proc_fd_name (proc_name, fd);
  if (fstat (fd, &e.st) != 0)
    {
      error (0, errno, _("cannot fstat %s"), quoteaf (s->job->dest_name));
      return false;
    }
  manifest_read_attributes (&e, proc_name, false,
                            s->opts->preserve_xattr || s->opts->preserve_acl);
  if (s->opts->unprivileged)
    record_what_was_asked (s, &e);
  char hex[DIGEST_HEX_SIZE];
  bool ok = true;
  if (s->digesting)
    {
      ok = installed_digest (s, fd, hex);
      e.digest = ok ? hex : NULL;
    }
  manifest_record (&e);
  return ok;
}

bool
record_entry (struct install_options const *opts,
              struct recorded_entry const *r)
{
  struct manifest_entry e = { .name = r->name,
                              .link_target = r->link_target,
                              .no_time = r->no_time };
  char name[PROC_FD_NAME_SIZE + 1];
  char *dir_name = NULL;
  if (0 <= r->fd)
    proc_fd_name (name, r->fd);
  else
    {
      proc_fd_name (name, r->dir_fd);
      dir_name = xasprintf ("%s/%s", name, r->name_in_dir);
    }
  if ((0 <= r->fd ? fstat (r->fd, &e.st)
       : fstatat (r->dir_fd, r->name_in_dir, &e.st, AT_SYMLINK_NOFOLLOW))
      != 0)
    {
      error (0, errno, _("cannot stat %s"), quoteaf (r->name));
      free (dir_name);
      return false;
    }
  manifest_read_attributes (&e, dir_name ? dir_name : name, dir_name != NULL,
                            opts->preserve_xattr || opts->preserve_acl);
  free (dir_name);
  if (opts->unprivileged)
    {
      if (r->uid != (uid_t) -1)
        e.st.st_uid = r->uid;
      if (r->gid != (gid_t) -1)
        e.st.st_gid = r->gid;
      if (r->label)
        {
          free (e.context);
          e.context = xstrdup (r->label);
        }
    }
  if (r->later)
    {
      e.st.st_mode = (e.st.st_mode & S_IFMT) | (r->later->st_mode & 07777);
      e.st.st_mtim = get_stat_mtime (r->later);
    }
  manifest_record (&e);
  return true;
}

/* tree-special.c: -R, merging symbolic links, FIFOs and device nodes.
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

#include "tree-merge.h"

#include "system.h"
#include "areadlink.h"
#include "backup.h"
#include "durable.h"
#include "filenamecat.h"
#include "install-manifest.h"
#include "manifest.h"
#include "metadata.h"
#include "protect.h"
#include "report.h"
#include "same-inode.h"
#include "security-label.h"
#include "staged-file.h"
#include "stat-time.h"
#include "undo.h"
#include "xattrs.h"

/* A symbolic link, FIFO or device node is never followed nor opened: it
   is made anew under a temporary name beside its destination, in every
   merge mode, held by an O_PATH descriptor to check that it is the entry
   just made, given the image entry's owner (and mode), label, extended
   attributes and timestamps, and renamed over the destination.  In
   rename mode the image's entry is removed afterwards.  Sockets belong
   to running programs and are not merged.  */

/* One entry being merged.  */
struct special
{
  struct tree_merge *m;
  FTSENT *ent;
  struct tree_dir *parent;
  char *dest_name;          /* As messages name it.  */
  char *source;             /* Likewise, the image's entry.  */
  char const *dest_base;    /* Its name in PARENT (maybe ._cfgNNNN_).  */
  char *aside;              /* The malloc'd ._cfg name, or NULL.  */
  char *target;             /* A symbolic link's.  */
  char *label;              /* The context it is given, or NULL.  */
  bool dest_exists;
  struct stat dest_st;
};

/* The name that l*xattr functions reach NAME in DIR_FD by, without
   following NAME itself.  Malloc'd.  */
static char *
name_at (int dir_fd, char const *name)
{
  if (dir_fd == AT_FDCWD)
    return xstrdup (name);
  char dir[PROC_FD_NAME_SIZE];
  proc_fd_name (dir, dir_fd);
  return file_name_concat (dir, name, NULL);
}

/* Check the destination of SP: a directory there is a conflict.  */
static bool
check_destination (struct special *sp)
{
  sp->dest_exists = fstatat (sp->parent->fd, sp->dest_base, &sp->dest_st,
                             AT_SYMLINK_NOFOLLOW) == 0;
  if (! sp->dest_exists && errno != ENOENT)
    {
      error (0, errno, _("cannot stat %s"), quoteaf (sp->dest_name));
      return false;
    }
  if (sp->dest_exists && S_ISDIR (sp->dest_st.st_mode))
    {
      error (0, 0, _("cannot overwrite directory %s with non-directory %s"),
             quoteaf_n (0, sp->dest_name), quoteaf_n (1, sp->source));
      return false;
    }
  return true;
}

/* Whether the symbolic link NAME in DIR_FD points to *ARG.  */
static bool
same_link (int dir_fd, char const *name, void *arg)
{
  char const *const *target = arg;
  char *t = areadlinkat (dir_fd, name);
  bool same = t && streq (t, *target);
  free (t);
  return same;
}

/* Configuration protection of a symbolic link, as Portage protects
   them: a protected link whose destination points elsewhere goes aside
   as ._cfgNNNN_NAME.  Return false if it is left out.  */
static bool
protect_link (struct special *sp)
{
  struct install_options const *opts = sp->m->opts;
  if (! opts->protect.n_entries || ! sp->dest_exists
      || ! protect_covers (&opts->protect, &opts->protect_mask,
                           tree_rel_name (sp->m, sp->ent)))
    return true;
  if (same_link (sp->parent->fd, sp->dest_base, &sp->target))
    return false;
  bool already;
  if (protect_update_name (sp->parent->fd, sp->dest_base, same_link,
                           &sp->target, &sp->aside, &already) != 0)
    {
      error (0, errno, _("cannot install a protected update of %s"),
             quoteaf (sp->dest_name));
      sp->m->ok = false;
      return false;
    }
  if (already)
    return false;
  if (opts->verbose)
    report_protected (sp->dest_name);
  free (sp->dest_name);
  sp->dest_name = file_name_concat (sp->parent->name, sp->aside, NULL);
  sp->dest_base = sp->aside;
  return check_destination (sp);
}

/* Give the staged entry S, held by FD (O_PATH), the owner of the image
   entry.  */
static bool
set_owner (struct special const *sp, int fd, struct stat const *st)
{
  struct install_options const *opts = sp->m->opts;
  struct stat const *img = sp->ent->fts_statp;
  uid_t uid = wanted_owner (opts, img);
  gid_t gid = wanted_group (opts, img);
  /* --unprivileged: the manifest records them instead.  */
  if (opts->unprivileged
      || ((uid == (uid_t) -1 || uid == st->st_uid)
          && (gid == (gid_t) -1 || gid == st->st_gid)))
    return true;
  if (fchownat (fd, "", uid, gid, AT_EMPTY_PATH) == 0)
    return true;
  if (opts->owner == (uid_t) -1 && opts->group == (gid_t) -1
      && caller_uid () != 0 && (errno == EPERM || errno == EINVAL))
    return true;              /* Only root may give files away.  */
  error (0, errno, _("cannot change ownership of %s"),
         quoteaf (sp->dest_name));
  return false;
}

/* Give a staged FIFO or device node held by FD its permissions.  */
static bool
set_mode (struct special const *sp, int fd)
{
  char name[PROC_FD_NAME_SIZE];
  proc_fd_name (name, fd);
  int r = chmod (name, wanted_file_mode (sp->m->opts, sp->ent->fts_statp));
  int e = errno;
  if (r == 0)
    return true;
  error (0, e, _("cannot change permissions of %s"), quoteaf (sp->dest_name));
  return false;
}

/* The label and the extended attributes, through the /proc name of the
   staged entry's directory.  */
static bool
set_attributes (struct special *sp, char const *staged_name)
{
  struct tree_merge const *m = sp->m;
  char *dst = name_at (sp->parent->fd, staged_name);
  char *src = name_at (m->fts->fts_cwd_fd, sp->ent->fts_accpath);
  bool ok = true;
  if (label_for_name (m->opts, sp->dest_name, sp->ent->fts_statp->st_mode,
                      src, &sp->label) != 0)
    sp->label = NULL;
  else if (sp->label && ! m->opts->unprivileged
           && label_set_name (dst, sp->label) != 0
           && ! label_error_ignorable (errno))
    {
      error (0, errno, _("failed to set the security context of %s"),
             quoteaf (sp->dest_name));
      ok = false;
    }
  char *failed;
  if (ok && m->opts->preserve_xattr
      && xattrs_copy_names (src, dst, &m->opts->xattr_filter, &failed) != 0)
    {
      error (0, errno, _("cannot copy extended attribute %s to %s"),
             quote_n (0, failed ? failed : ""),
             quoteaf_n (1, sp->dest_name));
      free (failed);
      ok = false;
    }
  free (src);
  free (dst);
  return ok;
}

/* Give the staged entry S everything before it takes its name.  */
static bool
prepare (struct special *sp, struct staged_file *s)
{
  int fd = openat (s->dir_fd, s->name, O_PATH | O_NOFOLLOW | O_CLOEXEC);
  struct stat st;
  mode_t type = sp->ent->fts_statp->st_mode & S_IFMT;
  if (fd < 0 || fstat (fd, &st) != 0 || (st.st_mode & S_IFMT) != type
      || st.st_uid != caller_uid () || st.st_nlink != 1)
    {
      /* Someone who may write the directory swapped it.  */
      error (0, fd < 0 ? errno : 0, _("cannot create %s"),
             quoteaf (sp->dest_name));
      if (0 <= fd)
        close (fd);
      return false;
    }
  bool ok = (set_owner (sp, fd, &st)
             && (S_ISLNK (st.st_mode) || set_mode (sp, fd))
             && set_attributes (sp, s->name));
  close (fd);
  struct timespec times[2] = { get_stat_atime (sp->ent->fts_statp),
                               get_stat_mtime (sp->ent->fts_statp) };
  if (ok && utimensat (s->dir_fd, s->name, times, AT_SYMLINK_NOFOLLOW) != 0)
    {
      error (0, errno, _("cannot set timestamps for %s"),
             quoteaf (sp->dest_name));
      ok = false;
    }
  return ok;
}

/* -b, then the -v lines, then the rename.  */
static bool
commit (struct special *sp, struct staged_file *s)
{
  struct install_options const *opts = sp->m->opts;
  int dir_fd = sp->parent->fd;
  char *backup = NULL;
  undo_id backup_undo = UNDO_NONE;
  bool ok = true;
  if (sp->dest_exists && opts->backup_type != no_backups)
    {
      backup = backup_name (dir_fd, sp->dest_base, opts->backup_type);
      int method = backup_link (dir_fd, sp->dest_base, &backup,
                                opts->backup_type, true, &backup_undo);
      if (method < 0 && backup_needs_rename (errno))
        method = backup_rename (dir_fd, sp->dest_base, backup,
                                opts->backup_type, &backup_undo);
      if (method < 0)
        {
          error (0, errno, _("cannot backup %s"), quoteaf (sp->dest_name));
          ok = false;
        }
    }
  if (ok && opts->verbose)
    report_merged (sp->source, sp->dest_name, sp->dest_exists,
                   backup);
  char *temp = (opts->debug && s->name
                ? file_name_concat (sp->parent->name, s->name, NULL) : NULL);
  undo_block ();
  if (ok && staged_file_commit (s, sp->dest_base) != 0)
    {
      error (0, errno, _("cannot create %s"), quoteaf (sp->dest_name));
      ok = false;
    }
  if (ok)
    undo_drop (&backup_undo);
  else
    undo_run (&backup_undo);
  undo_unblock ();
  if (ok && opts->sync)
    durable_dir_changed (dir_fd, sp->parent->name);
  if (ok && temp)
    report_staging_debug (sp->dest_name, _("made anew"), NULL, temp);
  free (temp);
  free (backup);
  return ok;
}

/* Rename mode: remove the image's entry, if its name still holds it.  */
static bool
consume (struct special *sp)
{
  return sp->m->opts->merge_mode != MERGE_RENAME || tree_consume (sp->m,
                                                                  sp->ent);
}

/* Record SP's entry, just merged, in the manifest.  */
static bool
record (struct special const *sp)
{
  struct install_options const *opts = sp->m->opts;
  char *name = file_name_concat (sp->parent->name, sp->dest_base, NULL);
  struct recorded_entry r = {
    .name = name, .fd = -1, .dir_fd = sp->parent->fd,
    .name_in_dir = sp->dest_base,
    .uid = wanted_owner (opts, sp->ent->fts_statp),
    .gid = wanted_group (opts, sp->ent->fts_statp),
    .label = sp->label, .link_target = sp->target,
  };
  bool ok = record_entry (opts, &r);
  free (name);
  return ok;
}

/* Stage SP's entry by MAKE, then prepare and commit it.  */
static bool
merge_special (struct special *sp,
               int (*make) (struct special *, struct staged_file *))
{
  struct staged_file s = STAGED_FILE_INIT;
  if (make (sp, &s) != 0)
    {
      error (0, errno, _("cannot create %s"), quoteaf (sp->dest_name));
      return false;
    }
  bool ok = prepare (sp, &s) && commit (sp, &s);
  staged_file_discard (&s);
  if (ok && manifest_active ())
    ok = record (sp);
  return ok && consume (sp);
}

static int
make_symlink (struct special *sp, struct staged_file *s)
{
  return staged_symlink_create (s, sp->parent->fd, sp->dest_base,
                                sp->target);
}

static int
make_node (struct special *sp, struct staged_file *s)
{
  struct stat const *st = sp->ent->fts_statp;
  return staged_node_create (s, sp->parent->fd, sp->dest_base,
                             (st->st_mode & S_IFMT) | S_IRUSR | S_IWUSR,
                             st->st_rdev);
}

/* Start SP for ENT; return false if it cannot be merged.  */
static bool
start (struct special *sp, struct tree_merge *m, FTSENT *ent)
{
  *sp = (struct special) { .m = m, .ent = ent,
                           .parent = tree_parent (m, ent),
                           .dest_base = ent->fts_name };
  if (! sp->parent)
    return false;
  sp->dest_name = tree_dest_name (m, ent);
  sp->source = tree_source_name (m, ent);
  return check_destination (sp);
}

static void
finish (struct special *sp)
{
  free (sp->dest_name);
  free (sp->source);
  free (sp->aside);
  free (sp->target);
  label_free (sp->label);
}

bool
tree_merge_symlink (struct tree_merge *m, FTSENT *ent)
{
  struct special sp;
  bool ok = start (&sp, m, ent);
  if (ok)
    {
      sp.target = areadlinkat (m->fts->fts_cwd_fd, ent->fts_accpath);
      if (! sp.target)
        {
          error (0, errno, _("cannot read symbolic link %s"),
                 quoteaf (sp.source));
          ok = false;
        }
    }
  if (ok)
    ok = (protect_link (&sp) ? merge_special (&sp, make_symlink)
          : consume (&sp));
  finish (&sp);
  return ok;
}

bool
tree_merge_node (struct tree_merge *m, FTSENT *ent)
{
  mode_t mode = ent->fts_statp->st_mode;
  if (! (S_ISFIFO (mode) || S_ISCHR (mode) || S_ISBLK (mode)))
    {
      char *source = tree_source_name (m, ent);
      error (0, 0, _("warning: %s is a socket: not merged"),
             quoteaf (source));
      free (source);
      return true;
    }
  struct special sp;
  bool ok = start (&sp, m, ent) && merge_special (&sp, make_node);
  finish (&sp);
  return ok;
}

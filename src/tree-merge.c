/* tree-merge.c: -R, merging an image directory into a root.
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
#include "dirname.h"
#include "trusted-path.h"
#include "existing-dir.h"
#include "filenamecat.h"
#include "batch.h"
#include "durable.h"
#include "install-manifest.h"
#include "make-dirs.h"
#include "manifest.h"
#include "metadata.h"
#include "report.h"
#include "security-label.h"
#include "staged-file.h"
#include "same-inode.h"
#include "stat-time.h"

/* Directories: a missing one is made under a temporary name, given the
   image directory's owner, mode, attributes and label there, and
   renamed to its name; its timestamps follow once its entries are
   merged, since merging them changes them.  An existing directory keeps
   its own owner and mode, as Portage keeps them, and a symbolic link to
   a directory (the "/lib -> usr/lib" of a merged-/usr system) is merged
   through, where no other user can have put it (existing-dir.h).
   Anything else where the image has a directory is a conflict: that
   directory is not merged, the rest is.  */

/* Open flags for a directory of the root that entries go into.  */
enum { DIR_FLAGS = O_RDONLY | O_DIRECTORY | O_NOCTTY | O_CLOEXEC };

struct tree_dir *
tree_parent (struct tree_merge *m, FTSENT const *ent)
{
  struct tree_dir *dir = &m->dirs[ent->fts_level - 1];
  return dir->fd < 0 ? NULL : dir;
}

char const *
tree_rel_name (struct tree_merge const *m, FTSENT const *ent)
{
  return ent->fts_path + m->image_prefix - 1;
}

char *
tree_dest_name (struct tree_merge const *m, FTSENT const *ent)
{
  if (ent->fts_level == FTS_ROOTLEVEL)
    return xstrdup (m->root);
  return file_name_concat (m->root, tree_rel_name (m, ent) + 1, NULL);
}

char *
tree_source_name (struct tree_merge const *m, FTSENT const *ent)
{
  if (ent->fts_level == FTS_ROOTLEVEL)
    return xstrdup (m->image);
  return file_name_concat (m->image, tree_rel_name (m, ent) + 1, NULL);
}

bool
tree_consume (struct tree_merge *m, FTSENT const *ent)
{
  struct stat st;
  char *name = tree_source_name (m, ent);
  bool ok = false;
  if (m->image_untrusted)
    error (0, 0, _("not removing %s, as a symbolic link on its path may "
                   "be another user's"), quoteaf (name));
  else if (fstatat (m->fts->fts_cwd_fd, ent->fts_accpath, &st,
                    AT_SYMLINK_NOFOLLOW) == 0
           && SAME_INODE (st, *ent->fts_statp)
           && unlinkat (m->fts->fts_cwd_fd, ent->fts_accpath, 0) == 0)
    ok = true;
  else
    error (0, errno, _("cannot remove %s"), quoteaf (name));
  free (name);
  return ok;
}

/* Make sure M->dirs has room for LEVEL.  */
static struct tree_dir *
dir_at (struct tree_merge *m, ptrdiff_t level)
{
  if ((size_t) level >= m->n_dirs)
    {
      size_t n = 2 * level + 8;
      m->dirs = xreallocarray (m->dirs, n, sizeof *m->dirs);
      for (size_t i = m->n_dirs; i < n; i++)
        m->dirs[i] = (struct tree_dir) { .fd = -1 };
      m->n_dirs = n;
    }
  return &m->dirs[level];
}

/* Whether OPTS let an unprivileged caller fill a directory of mode
   MODE: it needs write and search permission in it.  */
static bool
fillable (mode_t mode)
{
  return caller_uid () == 0 || (mode & (S_IWUSR | S_IXUSR)) == (S_IWUSR
                                                             | S_IXUSR);
}

/* Give the staged directory S the image directory ENT's attributes,
   everything but its timestamps.  */
static bool
prepare_dir (struct tree_merge *m, FTSENT const *ent, struct staged_file *s,
             char const *dest_name, struct tree_dir *dir)
{
  struct stat st;
  if (fstat (s->fd, &st) != 0)
    {
      error (0, errno, _("cannot fstat %s"), quoteaf (dest_name));
      return false;
    }
  int src_fd = openat (m->fts->fts_cwd_fd, ent->fts_accpath,
                       DIR_FLAGS | O_NOFOLLOW);
  mode_t mode = ent->fts_statp->st_mode;
  char *label = NULL;
  if (label_for (m->opts, dest_name, mode, src_fd, &label) != 0
      && ! label_error_ignorable (errno))
    error (0, errno, _("failed to look up the context for %s"),
           quoteaf (dest_name));
  struct metadata_target target = {
    .fd = s->fd, .st = &st, .mode_known = true, .dest_name = dest_name,
    .label = label, .may_have_acl = true, .skip_times = true,
    .skip_mode = ! fillable (mode),
  };
  char *src_name = tree_source_name (m, ent);
  struct metadata_source source = {
    .fd = src_fd, .name = src_name, .st = ent->fts_statp,
  };
  bool ok = metadata_apply (m->opts, &target, &source);
  free (src_name);
  if (target.skip_mode)
    dir->mode_later = mode & CHMOD_MODE_BITS;
  label_free (label);
  if (0 <= src_fd)
    close (src_fd);
  return ok;
}

/* Record the directory DEST_NAME made for ENT, open as FD: with the
   image directory's mode and time, which it gets once filled.  */
static void
record_made_dir (struct tree_merge *m, FTSENT const *ent, int fd,
                 char const *dest_name)
{
  struct install_options const *opts = m->opts;
  struct stat const *st = ent->fts_statp;
  char *label = NULL;
  if (opts->unprivileged)
    {
      int src_fd = openat (m->fts->fts_cwd_fd, ent->fts_accpath,
                           DIR_FLAGS | O_NOFOLLOW);
      if (label_for (opts, dest_name, st->st_mode, src_fd, &label) != 0)
        label = NULL;
      if (0 <= src_fd)
        close (src_fd);
    }
  struct recorded_entry r = {
    .name = dest_name, .fd = fd, .uid = wanted_owner (opts, st),
    .gid = wanted_group (opts, st), .label = label,
    .later = opts->preserve_timestamps ? st : NULL,
  };
  m->ok &= record_entry (opts, &r);
  label_free (label);
}

/* Make the directory for ENT in PARENT, complete before it appears, and
   open it.  Return its descriptor, -1 after a diagnostic, or -2 if
   something appeared under its name meanwhile.  */
static int
make_dir (struct tree_merge *m, FTSENT const *ent, int parent_fd,
          char const *base, char const *dest_name, struct tree_dir *dir)
{
  struct staged_file s = STAGED_FILE_INIT;
  if (staged_dir_create (&s, parent_fd, base, S_IRWXU) != 0)
    {
      error (0, errno, _("cannot create directory %s"), quoteaf (dest_name));
      return -1;
    }
  if (! prepare_dir (m, ent, &s, dest_name, dir))
    {
      staged_file_discard (&s);
      return -1;
    }
  int fd = dup (s.fd);
  if (fd < 0 || staged_file_commit_new (&s, base) != 0)
    {
      int e = errno;
      staged_file_discard (&s);
      if (0 <= fd)
        close (fd);
      if (e == EEXIST)
        return -2;
      error (0, e, _("cannot create directory %s"), quoteaf (dest_name));
      return -1;
    }
  staged_file_discard (&s);     /* Committed: this frees its name.  */
  if (m->opts->verbose)
    report_created_directory (dest_name);
  if (m->opts->sync)
    durable_dir_changed (parent_fd, dest_name);
  if (manifest_active ())
    record_made_dir (m, ent, fd, dest_name);
  return fd;
}

/* Open the existing directory, or link to a directory, NAME in PARENT
   for ENT, or report a conflict.  */
static int
open_existing_dir (struct tree_merge *m, FTSENT const *ent,
                   struct tree_dir *parent, char const *dest_name)
{
  struct stat st;
  int held = existing_dir_open (parent->fd, ent->fts_name, &st);
  if (held == EXISTING_DIR_UNSAFE_LINK)
    {
      error (0, 0, _("not following %s: a symbolic link that other users "
                     "may replace"), quoteaf (dest_name));
      return -1;
    }
  if (held < 0 && errno == EEXIST)
    {
      char *src_name = tree_source_name (m, ent);
      error (0, 0, _("cannot overwrite non-directory %s with directory %s"),
             quoteaf_n (0, dest_name), quoteaf_n (1, src_name));
      free (src_name);
      return -1;
    }
  if (held < 0)
    {
      error (0, errno, _("cannot access %s"), quoteaf (dest_name));
      return -1;
    }
  int fd = existing_dir_reopen (held);
  int e = errno;
  close (held);
  if (fd < 0)
    error (0, e, _("cannot open directory %s"), quoteaf (dest_name));
  return fd;
}

/* Report that ROOT is not merged into: a symbolic link on the way to it
   may be another user's, who could make it lead anywhere.  */
static void
report_untrusted_root (char const *root)
{
  error (0, 0, _("not merging into %s: a symbolic link on its path may be "
                 "another user's"), quoteaf (root));
}

/* Make ROOT, missing, for the image directory ENT, as "cp -a IMAGE/.
   ROOT" makes it: with the image directory's attributes.  Its leading
   directories exist (prepare_root).  */
static int
make_root (struct tree_merge *m, FTSENT const *ent, struct tree_dir *dir)
{
  char *parent = dir_name (m->root);
  char *base = xstrdup (last_component (m->root));
  base[base_len (base)] = '\0';
  bool trusted = true;
  int parent_fd = trusted_open_dir (AT_FDCWD, parent, &trusted);
  int fd = -1;
  if (parent_fd < 0)
    error (0, errno, _("cannot create directory %s"), quoteaf (m->root));
  else if (! trusted)
    report_untrusted_root (m->root);
  else
    {
      fd = make_dir (m, ent, parent_fd, base, m->root, dir);
      if (fd == -2)
        {
          /* Made meanwhile, by someone else.  */
          struct stat st;
          fd = existing_dir_open (parent_fd, base, &st);
          if (fd == EXISTING_DIR_UNSAFE_LINK)
            report_untrusted_root (m->root);
          else if (fd < 0)
            error (0, errno, _("cannot open directory %s"),
                   quoteaf (m->root));
        }
      else
        dir->made = 0 <= fd;
    }
  if (0 <= parent_fd)
    close (parent_fd);
  free (parent);
  free (base);
  return fd < 0 ? -1 : fd;
}

/* Return true, after a diagnostic, if the image directory ENT is ROOT
   (as "-R img img/sub" would meet it): merging it would go on and on,
   into what it merged.  */
static bool
merging_into_itself (struct tree_merge *m, FTSENT const *ent)
{
  struct stat const *root = &m->dirs[0].st;
  if (! (ent->fts_level == FTS_ROOTLEVEL || 0 <= m->dirs[0].fd)
      || ! SAME_INODE (*root, *ent->fts_statp))
    return false;
  char *src_name = tree_source_name (m, ent);
  error (0, 0, _("cannot merge a directory, %s, into itself, %s"),
         quoteaf_n (0, src_name), quoteaf_n (1, m->root));
  free (src_name);
  return true;
}

/* Make or open the root directory that the image directory ENT goes
   to, as M->dirs[ENT's level].  */
static bool
enter_dir (struct tree_merge *m, FTSENT *ent)
{
  struct tree_dir *dir = dir_at (m, ent->fts_level);
  if (ent->fts_level != FTS_ROOTLEVEL && merging_into_itself (m, ent))
    {
      *dir = (struct tree_dir) { .fd = -1 };
      fts_set (m->fts, ent, FTS_SKIP);
      return false;
    }
  *dir = (struct tree_dir) { .fd = -1, .name = tree_dest_name (m, ent) };
  if (ent->fts_level == FTS_ROOTLEVEL)
    {
      dir->fd = m->root_missing ? make_root (m, ent, dir) : m->root_fd;
      m->root_fd = -1;
    }
  else
    {
      struct tree_dir *parent = tree_parent (m, ent);
      int fd = -1;
      for (int attempt = 0; parent && fd < 0 && attempt < 2; attempt++)
        {
          struct stat st;
          if (fstatat (parent->fd, ent->fts_name, &st, AT_SYMLINK_NOFOLLOW)
              != 0 && errno == ENOENT)
            {
              fd = make_dir (m, ent, parent->fd, ent->fts_name, dir->name,
                             dir);
              dir->made = 0 <= fd;
              if (fd == -2)
                continue;       /* Made meanwhile by someone else.  */
            }
          else
            fd = open_existing_dir (m, ent, parent, dir->name);
          break;
        }
      dir->fd = fd < 0 ? -1 : fd;
    }
  if (0 <= dir->fd && fstat (dir->fd, &dir->st) != 0)
    {
      error (0, errno, _("cannot fstat %s"), quoteaf (dir->name));
      close (dir->fd);
      dir->fd = -1;
    }
  if (0 <= dir->fd && ent->fts_level == FTS_ROOTLEVEL
      && merging_into_itself (m, ent))
    {
      close (dir->fd);
      dir->fd = -1;
    }
  if (dir->fd < 0)
    {
      /* Its entries cannot be merged: do not walk them.  */
      fts_set (m->fts, ent, FTS_SKIP);
      free (dir->name);
      dir->name = NULL;
      return false;
    }
  dir->passes_acl = directory_passes_acl (dir->fd);
  tree_prefetch_dir (m, ent, dir);
  return true;
}

/* The entries of the image directory ENT are merged: give the directory
   made for it its mode (if it had to wait) and timestamps, and let it
   go.  */
static bool
leave_dir (struct tree_merge *m, FTSENT const *ent)
{
  struct tree_dir *dir = &m->dirs[ent->fts_level];
  bool ok = true;
  if (dir->fd < 0)
    return true;
  /* --sync: what is parked for it goes in now, before its mode and times
     are final.  */
  if (m->opts->sync)
    ok = batch_flush ();
  if (dir->made && dir->mode_later && fchmod (dir->fd, dir->mode_later) != 0)
    {
      error (0, errno, _("cannot change permissions of %s"),
             quoteaf (dir->name));
      ok = false;
    }
  struct timespec times[2] = { get_stat_atime (ent->fts_statp),
                               get_stat_mtime (ent->fts_statp) };
  if (dir->made && m->opts->preserve_timestamps
      && futimens (dir->fd, times) != 0)
    {
      error (0, errno, _("cannot set timestamps for %s"),
             quoteaf (dir->name));
      ok = false;
    }
  if (m->opts->sync && dir->made)
    durable_dir_changed (dir->fd, dir->name);
  close (dir->fd);
  dir->fd = -1;
  free (dir->name);
  dir->name = NULL;
  return ok;
}

/* Report the trouble the walk had with ENT.  */
static bool
report_walk_error (struct tree_merge *m, FTSENT *ent)
{
  char *name = tree_source_name (m, ent);
  switch (ent->fts_info)
    {
    case FTS_DNR:
      error (0, ent->fts_errno, _("cannot read directory %s"),
             quoteaf (name));
      leave_dir (m, ent);
      break;
    case FTS_DC:
      error (0, 0, _("%s: directory causes a cycle"), quotef (name));
      break;
    case FTS_NS:
      error (0, ent->fts_errno, _("cannot stat %s"), quoteaf (name));
      break;
    default:
      error (0, ent->fts_errno, _("cannot access %s"), quoteaf (name));
      break;
    }
  free (name);
  return false;
}

/* Merge the entry ENT.  Return false after a diagnostic.  */
static bool
merge_entry (struct tree_merge *m, FTSENT *ent)
{
  int src_fd = (ent->fts_level == FTS_ROOTLEVEL || ent->fts_info == FTS_DP
                ? -1 : tree_prefetch_take (m, ent));
  if (0 <= src_fd && ent->fts_info != FTS_F)
    {
      close (src_fd);
      src_fd = -1;
    }
  switch (ent->fts_info)
    {
    case FTS_D:
      return enter_dir (m, ent);
    case FTS_DP:
      return leave_dir (m, ent);
    case FTS_F:
      return tree_merge_file (m, ent, src_fd);
    case FTS_SL:
    case FTS_SLNONE:
      return tree_merge_symlink (m, ent);
    case FTS_DEFAULT:
      return tree_merge_node (m, ent);
    default:
      return report_walk_error (m, ent);
    }
}

/* Open ROOT as M->root_fd, by the trusted-path rules; if it is missing,
   make its leading directories as -D makes them, and set
   M->root_missing: ROOT itself is made later with the image's
   attributes, as the first directory of the walk.  */
static bool
prepare_root (struct tree_merge *m)
{
  bool trusted = true;
  m->root_fd = trusted_open_dir (AT_FDCWD, m->root, &trusted);
  if (0 <= m->root_fd && ! trusted)
    {
      report_untrusted_root (m->root);
      return false;
    }
  if (0 <= m->root_fd)
    return true;
  struct stat st;
  if (errno == ENOTDIR && stat (m->root, &st) == 0)
    {
      error (0, 0, _("target %s is not a directory"), quoteaf (m->root));
      return false;
    }
  if (errno != ENOENT)
    {
      error (0, errno, _("cannot access %s"), quoteaf (m->root));
      return false;
    }
  m->root_missing = true;
  return make_leading_directories (m->opts, m->root, DIR_QUOTE_SHELL);
}

/* The order of the walk: by name, so that what a merge prints, and the
   manifest it writes, are the same from one file system to another.  */
static int
compare_names (FTSENT const **a, FTSENT const **b)
{
  return strcmp ((*a)->fts_name, (*b)->fts_name);
}

/* The walk itself.  */
static void
walk (struct tree_merge *m)
{
  FTSENT *ent;
  while ((ent = fts_read (m->fts)))
    {
      if (ent->fts_level == FTS_ROOTLEVEL && ent->fts_info != FTS_D
          && ent->fts_info != FTS_DP)
        {
          error (0, ent->fts_errno ? ent->fts_errno : ENOTDIR,
                 _("cannot merge %s"), quoteaf (m->image));
          m->ok = false;
          fts_set (m->fts, ent, FTS_SKIP);
          continue;
        }
      if (ent->fts_level == FTS_ROOTLEVEL && ent->fts_info == FTS_D)
        m->image_prefix = (ent->fts_pathlen
                           - (ent->fts_path[ent->fts_pathlen - 1] == '/')
                           + 1);
      m->ok &= merge_entry (m, ent);
    }
  if (errno != 0)
    {
      error (0, errno, _("cannot read directory %s"), quoteaf (m->image));
      m->ok = false;
    }
}

/* Open IMAGE, the directory to walk, by the trusted-path rules; set
   *UNTRUSTED if another user's symbolic link may have led to it.
   Return -1 after a diagnostic.  */
static int
open_image (char const *image, bool *untrusted)
{
  bool trusted = true;
  int fd = trusted_open_dir (AT_FDCWD, image, &trusted);
  *untrusted = ! trusted;
  if (fd < 0)
    error (0, errno, (errno == ENOENT || errno == ENOTDIR
                      ? _("cannot merge %s") : _("cannot read directory %s")),
           quoteaf (image));
  return fd;
}

bool
tree_merge (struct install_options const *opts, char const *image,
            char const *root)
{
  /* An image carries its files' final attributes: keep them, as
     "cp -a" does, unless -o or -g say otherwise.  */
  struct install_options tree_opts = *opts;
  tree_opts.preserve_mode = tree_opts.preserve_ownership
    = tree_opts.preserve_timestamps = true;
  struct tree_merge m = { .opts = &tree_opts, .image = image, .root = root,
                          .root_fd = -1, .ok = true };
  /* Walk the very directory that was checked, through /proc: its name,
     looked up again, could lead elsewhere.  */
  int image_fd = open_image (image, &m.image_untrusted);
  if (image_fd < 0)
    return false;
  if (! prepare_root (&m))
    {
      close (image_fd);
      return false;
    }
  tree_prefetch_init (&m);
  m.links = link_groups_new ();
  char proc_name[PROC_FD_NAME_SIZE];
  proc_fd_name (proc_name, image_fd);
  char *paths[] = { proc_name, NULL };
  m.fts = fts_open (paths, FTS_PHYSICAL | FTS_COMFOLLOW | FTS_CWDFD,
                    compare_names);
  if (! m.fts)
    {
      error (0, errno, _("cannot read directory %s"), quoteaf (image));
      m.ok = false;
    }
  else
    {
      errno = 0;
      walk (&m);
      if (fts_close (m.fts) != 0)
        {
          error (0, errno, _("cannot read directory %s"), quoteaf (image));
          m.ok = false;
        }
    }
  for (size_t i = 0; i < m.n_dirs; i++)
    if (0 <= m.dirs[i].fd)
      close (m.dirs[i].fd);
  close (image_fd);
  if (0 <= m.root_fd)
    close (m.root_fd);
  free (m.dirs);
  link_groups_free (m.links);
  return m.ok;
}

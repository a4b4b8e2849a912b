/* tree-files.c: -R, merging the regular files of an image.
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
#include "compare.h"
#include "filenamecat.h"
#include "install-file.h"
#include "protect.h"
#include "report.h"
#include "same-inode.h"
#include "trusted-path.h"

/* A regular file of the image goes through install_file, the pipeline
   of every installed file, in the merge mode asked for, with its
   directories given as descriptors: the image's (fts's) and the root's.
   Two things are the merge's own: configuration protection, which may
   send the file to another name or leave it out, and hard-link groups,
   whose second and later names are linked to what the first became.  */

/* What configuration protection decided for one file.  */
enum protection
{
  UNPROTECTED,            /* Install it as usual.  */
  PROTECTED_ASIDE,        /* Install it as ._cfgNNNN_NAME.  */
  PROTECTED_SKIP          /* The destination, or a pending update, is
                             already the new version: leave it.  */
};

/* Whether the file NAME in DIR_FD has the content of the file open as
   *ARG (for protect_update_name).  */
static bool
same_as_source (int dir_fd, char const *name, void *arg)
{
  int const *src_fd = arg;
  int fd = open_regular_at (dir_fd, name, TREE_SOURCE_FLAGS);
  if (fd < 0)
    return false;
  bool same = compare_content (*src_fd, fd);
  close (fd);
  return same;
}

/* Decide whether ENT, a regular file going to PARENT, is protected;
   if it goes aside, set *ASIDE to the malloc'd ._cfg name.  */
static enum protection
protect_file (struct tree_merge *m, FTSENT const *ent,
              struct tree_dir const *parent, char **aside)
{
  struct install_options const *opts = m->opts;
  struct stat dst;
  *aside = NULL;
  if (! opts->protect.n_entries
      || ! protect_covers (&opts->protect, &opts->protect_mask,
                           tree_rel_name (m, ent))
      || protect_exempt (ent->fts_name, ent->fts_statp->st_size)
      || fstatat (parent->fd, ent->fts_name, &dst, AT_SYMLINK_NOFOLLOW) != 0
      || ! (S_ISREG (dst.st_mode) || S_ISLNK (dst.st_mode)))
    return UNPROTECTED;
  int src_fd = open_regular_at (m->fts->fts_cwd_fd, ent->fts_accpath,
                                TREE_SOURCE_FLAGS);
  if (src_fd < 0)
    return UNPROTECTED;         /* Installing it reports why.  */
  bool already;
  enum protection p = PROTECTED_SKIP;
  if (! same_as_source (parent->fd, ent->fts_name, &src_fd))
    {
      if (protect_update_name (parent->fd, ent->fts_name, same_as_source,
                               &src_fd, aside, &already) != 0)
        {
          /* No room for the name, or an unreadable directory: the
             administrator's file is kept all the same.  */
          char *dest = tree_dest_name (m, ent);
          error (0, errno, _("cannot install a protected update of %s"),
                 quoteaf (dest));
          free (dest);
          m->ok = false;
        }
      else if (! already)
        p = PROTECTED_ASIDE;
      else
        {
          /* The ._cfg file there is this very update: skipped.  */
          free (*aside);
          *aside = NULL;
        }
    }
  close (src_fd);
  return p;
}

/* Rename mode consumes the image: remove ENT, left out by protection,
   if its name still holds what was looked at.  */
static bool
consume_left_out (struct tree_merge *m, FTSENT const *ent)
{
  if (m->opts->merge_mode != MERGE_RENAME)
    return true;
  return tree_consume (m, ent);
}

bool
tree_merge_file (struct tree_merge *m, FTSENT *ent, int src_fd)
{
  struct tree_dir *parent = tree_parent (m, ent);
  char *aside;
  enum protection p = (parent ? protect_file (m, ent, parent, &aside)
                       : UNPROTECTED);
  if (! parent || p == PROTECTED_SKIP)
    {
      if (0 <= src_fd)
        close (src_fd);
      return parent && consume_left_out (m, ent);
    }

  char *dest_name = (aside ? file_name_concat (parent->name, aside, NULL)
                     : tree_dest_name (m, ent));
  struct stat const *st = ent->fts_statp;
  bool grouped = 1 < st->st_nlink || link_groups_has (m->links, st);
  char *source = tree_source_name (m, ent);
  struct install_job job = {
    .source = source,
    .dest_name = dest_name,
    .dest_dir_name = parent->name,
    .dir_fd = parent->fd,
    .dest_base = aside ? aside : ent->fts_name,
    .dir_passes_acl = parent->passes_acl,
    .dir_st = &parent->st,
    .src_dir_fd = m->fts->fts_cwd_fd,
    .src_base = ent->fts_accpath,
    .src_dir_st = ent->fts_parent->fts_statp,
    .src_lst = st,
    .src_path_untrusted = m->image_untrusted,
    .link_to_fd = grouped ? link_groups_find (m->links, st) : -1,
    .src_fd = src_fd,
  };
  /* The group's first name: hold on to what it becomes, for the others;
     its name may be another user's to change right after.  */
  int installed_fd = -1;
  if (grouped && job.link_to_fd < 0)
    job.installed_fd = &installed_fd;
  if (p == PROTECTED_ASIDE && m->opts->verbose)
    {
      char *dest = tree_dest_name (m, ent);
      report_protected (dest);
      free (dest);
    }
  bool ok = install_file (m->opts, &job, NULL);
  if (grouped)
    link_groups_add (m->links, st, installed_fd);
  free (dest_name);
  free (source);
  free (aside);
  return ok;
}

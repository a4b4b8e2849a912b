/* install-checks.c: what GNU install checks before installing a file.
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

#include "install-checks.h"

#include "system.h"
#include "backup.h"
#include "compare.h"
#include "dirname.h"
#include "install-source.h"
#include "same.h"
#include "same-inode.h"
#include "stat-time.h"
#include "trusted-path.h"

static bool
look_at_destination (struct install_state *s)
{
  struct install_job const *job = s->job;
  int err = job->dir_errno;
  if (job->dir_fd != -1)
    err = (fstatat (job->dir_fd, job->dest_base, &s->dest_st,
                    AT_SYMLINK_NOFOLLOW) == 0
           ? 0 : errno);
  s->dest_exists = err == 0;
  s->same_inode = s->dest_exists && SAME_INODE (s->src_st, s->dest_st);
  if (err == 0 || err == ENOENT)
    return true;
  error (0, err, _("cannot stat %s"), quoteaf (job->dest_name));
  return false;
}

/* Return true if the source and the existing destination are the same
   file in a way that installing would lose it, by GNU's rules: one is
   the other, or the source is a symlink to the destination.  Distinct
   hard links of one file may replace each other.  */
static bool
same_file (struct install_state const *s)
{
  struct install_job const *job = s->job;
  if (! s->same_inode)
    return false;

  struct stat src_lst;
  if (s->src_lst_known)
    src_lst = s->src_lst;
  else if (lstat (job->source, &src_lst) != 0)
    return false;
  bool source_is_link = S_ISLNK (src_lst.st_mode);
  bool same_name = same_nameat (AT_FDCWD, job->source,
                                job->dir_fd, job->dest_base);
  if (s->opts->backup_type != no_backups)
    return source_is_link || same_name;
  return source_is_link || s->dest_st.st_nlink <= 1 || same_name;
}

static bool
check_replaceable (struct install_state const *s,
                   struct installed_set const *installed)
{
  struct install_job const *job = s->job;
  if (same_file (s))
    {
      error (0, 0, _("%s and %s are the same file"),
             quoteaf_n (0, job->source), quoteaf_n (1, job->dest_name));
      return false;
    }
  if (S_ISDIR (s->dest_st.st_mode))
    {
      error (0, 0, _("cannot overwrite directory %s with non-directory %s"),
             quoteaf_n (0, job->dest_name), quoteaf_n (1, job->source));
      return false;
    }
  if (installed && s->opts->backup_type != numbered_backups
      && installed_set_has (installed, job->dest_base, &s->dest_st))
    {
      error (0, 0, _("will not overwrite just-created %s with %s"),
             quoteaf_n (0, job->dest_name), quoteaf_n (1, job->source));
      return false;
    }
  return true;
}

static bool
plan_backup (struct install_state *s)
{
  struct install_job const *job = s->job;
  enum backup_type type = s->opts->backup_type;
  if (type == no_backups || ! s->dest_exists)
    return true;
  s->backup_base = backup_name (job->dir_fd, job->dest_base, type);
  if (type != numbered_backups
      && backup_would_replace_source (last_component (job->source),
                                      &s->src_st, job->dir_fd,
                                      s->backup_base))
    {
      error (0, 0, _("backing up %s might destroy source;  %s not copied"),
             quoteaf_n (0, job->dest_name), quoteaf_n (1, job->source));
      return false;
    }
  return true;
}

/* -C: leave an identical destination as it is; only -p still applies,
   as in GNU install.  */
static bool
keep_current_destination (struct install_state const *s)
{
  struct install_job const *job = s->job;
  if (! s->opts->preserve_timestamps)
    return true;
  struct timespec times[2] = { get_stat_atime (&s->src_st),
                               get_stat_mtime (&s->src_st) };
  if (utimensat (job->dir_fd, job->dest_base, times, AT_SYMLINK_NOFOLLOW)
      == 0)
    return true;
  error (0, errno, _("cannot set timestamps for %s"),
         quoteaf (job->dest_name));
  return false;
}

/* -C: return true if the destination is already what installing would
   make it.  */
static bool
destination_current (struct install_state const *s)
{
  struct install_job const *job = s->job;
  return (s->opts->compare && s->dest_exists
          && destination_is_current (s->opts, s->src_fd, &s->src_st,
                                     s->merge.used != MERGE_COPY,
                                     job->dir_fd, job->dest_base,
                                     job->dest_name, &s->dest_st));
}

/* Whether nobody but the caller or root may rename the caller's files in
   JOB's destination directory (for the adoption rule).  */
static bool
dest_dir_private (struct install_job const *job)
{
  struct stat st;
  struct stat const *dir = job->dir_st;
  if (! dir && job->dir_fd != -1 && fstatat (job->dir_fd, ".", &st, 0) == 0)
    dir = &st;
  return dir && trusted_dir_for (dir, caller_uid ());
}

bool
check_all (struct install_state *s, struct installed_set const *installed,
           bool *done)
{
  *done = false;
  if (! (source_open (s) && look_at_destination (s)))
    return false;
  struct adoption_facts facts = {
    .name_st = s->src_lst_known ? &s->src_lst : NULL,
    .path_trusted = s->src_path_trusted,
    .dir_private = s->src_dir_private,
    .expected_links = 1,
    .dest_dir_private = (s->opts->merge_mode != MERGE_COPY
                         && dest_dir_private (s->job)),
  };
  merge_plan (&s->merge, s->opts->merge_mode, &s->src_st, &facts,
              s->opts->strip);
  if (destination_current (s))
    {
      *done = true;
      /* Rename mode consumes the source all the same, if it is a file
         that rename mode would have moved; but never when it is the
         destination itself (as in "install -C a a"), which GNU keeps.  */
      s->merge.consume_source = (s->opts->merge_mode == MERGE_RENAME
                                 && S_ISREG (s->src_st.st_mode)
                                 && ! s->same_inode);
      return keep_current_destination (s) && source_consume (s);
    }
  return ((! s->dest_exists || check_replaceable (s, installed))
          && plan_backup (s));
}

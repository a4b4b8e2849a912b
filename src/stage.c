/* stage.c: making the staged file, by copy, link or rename.
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

#include "stage.h"

#include "system.h"
#include "copy-data.h"
#include "metadata.h"
#include "report.h"
#include "same-inode.h"
#include "security-label.h"

/* What went wrong making the staged file, kept for stage_report_problem.
   S->stage_errno is the error number; STAGE_SOURCE_REPLACED has none.  */
enum { STAGE_SOURCE_REPLACED = -1 };

/* Create an empty staged file for a copy, labelled as it will be.  */
static int
create_for_copy (struct install_state *s)
{
  struct install_job const *job = s->job;
  if (strchr (job->dest_base, '/'))
    {
      errno = ENOTDIR;    /* "DEST/" names a directory that is not.  */
      return -1;
    }
  char *label;
  if (label_for (s->opts, job->dest_name,
                 S_IFREG | wanted_file_mode (s->opts, &s->src_st),
                 s->src_fd, &label) != 0
      && ! label_error_ignorable (errno))
    error (0, errno, _("failed to set default file creation context for %s"),
           quoteaf (job->dest_name));
  /* Created with its label, or labelled before it is renamed.  */
  bool at_creation = label_at_creation (s->opts);
  if (at_creation)
    label_create_begin (label);
  int r = staged_file_create (&s->staged, job->dir_fd, job->dest_base,
                              S_IRUSR | S_IWUSR);
  int e = errno;
  if (at_creation)
    {
      label_create_end (label);
      label_free (label);
    }
  else
    s->label = label;
  s->staged_st = (struct stat) { .st_mode = S_IFREG | S_IRUSR | S_IWUSR };
  errno = e;
  return r;
}

/* Open the staged inode of a link or rename, and check that it is the
   file the checks looked at.  */
static int
open_staged_inode (struct install_state *s)
{
  if (staged_file_reopen (&s->staged, &s->staged_st) < 0)
    return errno;
  s->staged_st_known = true;
  if (! SAME_INODE (s->staged_st, s->src_st))
    return STAGE_SOURCE_REPLACED;
  if (label_for (s->opts, s->job->dest_name, s->staged_st.st_mode,
                 s->staged.fd, &s->label) != 0
      && ! label_error_ignorable (errno))
    error (0, errno, _("failed to look up the context for %s"),
           quoteaf (s->job->dest_name));
  return 0;
}

/* Stage by link or rename.  Return 0, an error number, or 1 to copy.  */
static int
stage_inode (struct install_state *s)
{
  struct install_job const *job = s->job;
  if (strchr (job->dest_base, '/'))
    return ENOTDIR;
  int r = merge_stage_inode (&s->merge, &s->staged, job->dir_fd,
                             job->dest_base, job->source);
  if (r < 0)
    return errno;
  if (r == 1)
    return 1;
  return open_staged_inode (s);
}

/* Return true if the source is a symbolic link; only rename mode asks.  */
static bool
source_is_symlink (struct install_state const *s)
{
  struct stat st;
  return (s->opts->merge_mode == MERGE_RENAME
          && lstat (s->job->source, &st) == 0 && S_ISLNK (st.st_mode));
}

void
stage_content (struct install_state *s)
{
  struct install_job const *job = s->job;
  merge_plan (&s->merge, s->opts->merge_mode, s->src_st.st_mode,
              s->opts->strip, source_is_symlink (s));
  if (job->dir_fd == -1)
    {
      s->stage_errno = job->dir_errno;
      return;
    }
  int err = 1;
  if (s->merge.used != MERGE_COPY)
    err = stage_inode (s);
  if (err == 1)
    err = create_for_copy (s) == 0 ? 0 : errno;
  s->stage_errno = err;
}

bool
stage_failed_early (struct install_state const *s)
{
  struct install_job const *job = s->job;
  if (s->stage_errno <= 0)
    return false;
  if (s->merge.used == MERGE_RENAME)
    {
      /* Nothing was installed: no -v line, whatever the destination.  */
      error (0, s->stage_errno, _("cannot move %s to %s"),
             quoteaf_n (0, job->source), quoteaf_n (1, job->dest_name));
      return true;
    }
  if (! s->dest_exists)
    return false;
  error (0, s->stage_errno,
         s->backup_base ? _("cannot backup %s") : _("cannot remove %s"),
         quoteaf (job->dest_name));
  return true;
}

bool
stage_report_problem (struct install_state const *s)
{
  struct install_job const *job = s->job;
  if (s->stage_errno == 0)
    return true;
  if (s->stage_errno == STAGE_SOURCE_REPLACED)
    error (0, 0, _("skipping file %s, as it was replaced while being copied"),
           quoteaf (job->source));
  else
    error (0, s->stage_errno, _("cannot create regular file %s"),
           quoteaf (job->dest_name));
  return false;
}

bool
stage_fill (struct install_state *s)
{
  struct install_job const *job = s->job;
  if (s->merge.used != MERGE_COPY)
    return true;
  struct copy_result result;
  int r = copy_data (s->src_fd, &s->src_st, s->staged.fd, &result);
  if (s->opts->debug)
    report_copy_debug (&result);
  if (r == 0)
    return true;
  switch (result.failed)
    {
    case COPY_FAILED_READING:
      error (0, errno, _("error reading %s"), quoteaf (job->source));
      break;
    case COPY_FAILED_WRITING:
      error (0, errno, _("error writing %s"), quoteaf (job->dest_name));
      break;
    case COPY_FAILED_COPYING:
      error (0, errno, _("error copying %s to %s"),
             quoteaf_n (0, job->source), quoteaf_n (1, job->dest_name));
      break;
    case COPY_FAILED_CLONING:
      error (0, errno, _("failed to clone %s from %s"),
             quoteaf_n (0, job->dest_name), quoteaf_n (1, job->source));
      break;
    }
  return false;
}

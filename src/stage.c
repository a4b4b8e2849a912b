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
  /* A file to strip is made in a private directory (see strip_staged).  */
  int dir_fd = job->dir_fd;
  if (s->opts->strip)
    {
      if (staged_dir_create (&s->strip_dir, dir_fd, job->dest_base, S_IRWXU)
          != 0)
        {
          label_free (label);
          return -1;
        }
      dir_fd = s->strip_dir.fd;
    }
  /* Created with its label, or labelled before it is renamed.  */
  bool at_creation = label_at_creation (s->opts);
  if (at_creation)
    label_create_begin (label);
  int r = staged_file_create (&s->staged, dir_fd, job->dest_base,
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

/* Look up the label of the adopted inode of S for its destination.  */
static void
label_adopted (struct install_state *s)
{
  if (label_for (s->opts, s->job->dest_name, s->staged_st.st_mode,
                 s->staged.fd, &s->label) != 0
      && ! label_error_ignorable (errno))
    error (0, errno, _("failed to look up the context for %s"),
           quoteaf (s->job->dest_name));
}

/* Return true if the staged name of a link or rename holds the inode that
   was checked, with the links it should have and nothing else: a
   destination directory that others may write lets them swap names.  */
static bool
staged_inode_is_source (struct install_state *s)
{
  struct stat st;
  nlink_t links = s->merge.used == MERGE_LINK ? 2 : 1;
  if (fstatat (s->staged.dir_fd, s->staged.name, &st, AT_SYMLINK_NOFOLLOW)
      != 0
      || ! SAME_INODE (st, s->src_st) || st.st_nlink != links
      || st.st_uid != geteuid ())
    return false;
  s->staged_st = st;
  s->staged_st_known = true;
  return true;
}

/* Stage by link or rename.  Return 0, an error number, or 1 to copy
   (the reason recorded in S->merge).  */
/* Return true if someone has the source open for writing: that one
   could write into the adopted file.  A read lease is refused then.  */
static bool
open_for_writing (int fd)
{
  if (fcntl (fd, F_SETLEASE, F_RDLCK) == 0)
    {
      fcntl (fd, F_SETLEASE, F_UNLCK);
      return false;
    }
  /* Other errors (leases not enabled or supported) say nothing.  */
  return errno == EAGAIN || errno == EBUSY;
}

static int
stage_inode (struct install_state *s)
{
  struct install_job const *job = s->job;
  if (strchr (job->dest_base, '/'))
    return ENOTDIR;
  if (open_for_writing (s->src_fd))
    {
      merge_fall_back (&s->merge, FALLBACK_OPEN_FOR_WRITING, 0);
      return 1;
    }
  int r = (s->merge.used == MERGE_LINK
           ? staged_file_link_open (&s->staged, job->dir_fd, job->dest_base,
                                    s->src_fd, s->src_dir_fd, s->src_base)
           : staged_file_adopt (&s->staged, job->dir_fd, job->dest_base,
                                s->src_dir_fd, s->src_base, s->src_fd));
  if (r != 0)
    {
      if (! merge_refused (s->merge.used, errno))
        return errno;
      merge_fall_back (&s->merge, FALLBACK_REFUSED, errno);
      return 1;
    }
  if (! staged_inode_is_source (s))
    {
      /* Put it back, and copy what was checked.  */
      staged_file_discard (&s->staged);
      s->staged = (struct staged_file) STAGED_FILE_INIT;
      merge_fall_back (&s->merge, FALLBACK_CHANGED, 0);
      return 1;
    }
  /* The source's descriptor is the staged file's from now on.  */
  s->staged.fd = s->src_fd;
  s->src_fd = -1;
  label_adopted (s);
  return 0;
}

void
stage_content (struct install_state *s)
{
  struct install_job const *job = s->job;
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

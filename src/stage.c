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
#include "renameatu.h"
#include "copy-data.h"
#include "durable.h"
#include "manifest.h"
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
  s->staged.keep_fd = s->hold_installed;
  /* Created with its label, or labelled before it is renamed.  */
  bool at_creation = label_at_creation (s->opts);
  if (at_creation)
    label_create_begin (label);
  /* An unnamed file leaves nothing behind whatever ends ainstall; the
     strip program needs a name.  */
  int r = (s->opts->strip ? -1
           : staged_file_create_unnamed (&s->staged, dir_fd,
                                         S_IRUSR | S_IWUSR,
                                         ! s->dest_exists));
  if (r != 0 && (s->opts->strip || errno == EOPNOTSUPP))
    r = staged_file_create (&s->staged, dir_fd, job->dest_base,
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
  nlink_t links = (s->merge.used == MERGE_RENAME && s->src_dir_private
                   ? 1 : 2);
  if (fstatat (s->staged.dir_fd, s->staged.name, &st, AT_SYMLINK_NOFOLLOW)
      != 0
      || ! SAME_INODE (st, s->src_st) || st.st_nlink != links
      || st.st_uid != caller_uid ())
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

/* Where the destination is missing and the source is to keep all of its
   attributes, the source's file can take the destination's name at once,
   complete as it already is, with no temporary name: link mode links the
   very file held open, through /proc; rename mode moves the source's
   name, which no one else can change in a private directory.  Return 0
   if it took its place (S->placed), else an error number: EEXIST if
   something appeared there meanwhile, and then it is staged as usual.  */
static int
place_directly (struct install_state *s)
{
  struct install_job const *job = s->job;
  bool link = s->merge.used == MERGE_LINK;
  /* --sync: the file is synced before it gets its name.  */
  if (s->dest_exists || ! metadata_keeps_source (s->opts) || s->opts->sync
      || (! link && ! s->src_dir_private))
    return EEXIST;
  int r;
  if (link)
    {
      char proc_name[PROC_FD_NAME_SIZE];
      proc_fd_name (proc_name, s->src_fd);
      r = linkat (AT_FDCWD, proc_name, job->dir_fd, job->dest_base,
                  AT_SYMLINK_FOLLOW);
    }
  else
    r = renameatu (s->src_dir_fd, s->src_base, job->dir_fd, job->dest_base,
                   RENAME_NOREPLACE);
  if (r != 0)
    return errno == ENOENT ? EEXIST : errno;
  s->placed = true;
  return 0;
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
  int placed = place_directly (s);
  if (placed != EEXIST)
    {
      if (placed == 0 || ! merge_refused (s->merge.used, placed))
        return placed;
      merge_fall_back (&s->merge, FALLBACK_REFUSED, placed);
      return 1;
    }
  s->staged.keep_fd = s->hold_installed;
  /* Rename mode moves the source's name only where no one else can
     change it: elsewhere, what it moved could be another user's entry by
     then, and it would be left in the destination's directory.  So there
     it links the very file held open, like link mode, and removes the
     source's name once installed, as after a copy.  */
  bool move = s->merge.used == MERGE_RENAME && s->src_dir_private;
  if (s->merge.used == MERGE_RENAME && ! move)
    s->merge.consume_source = true;
  int r = (! move
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
  if (! metadata_keeps_source (s->opts))
    label_adopted (s);
  return 0;
}

/* -R: stage a further name of a hard-link group as another link to what
   the group's first name was installed as.  Return 0, an error number,
   or 1 to copy (another file system).  */
static int
stage_group_link (struct install_state *s)
{
  struct install_job const *job = s->job;
  struct stat want, got;
  if (fstat (job->link_to_fd, &want) != 0)
    return errno;
  if (staged_file_link_open (&s->staged, job->dir_fd, job->dest_base,
                             job->link_to_fd, -1, NULL)
      != 0)
    {
      /* ENOENT: the first name was removed, and with it the file's
         last name; it cannot be linked to any more.  */
      if (errno != ENOENT && ! merge_refused (MERGE_LINK, errno))
        return errno;
      merge_fall_back (&s->merge, FALLBACK_REFUSED, errno);
      return 1;
    }
  if (fstatat (s->staged.dir_fd, s->staged.name, &got, AT_SYMLINK_NOFOLLOW)
      != 0
      || ! SAME_INODE (got, want))
    {
      staged_file_discard (&s->staged);
      s->staged = (struct staged_file) STAGED_FILE_INIT;
      merge_fall_back (&s->merge, FALLBACK_CHANGED, 0);
      return 1;
    }
  s->group_link = true;
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
  if (0 <= job->link_to_fd)
    {
      s->merge = (struct merge_outcome) {
        .asked = s->opts->merge_mode, .used = MERGE_LINK,
        .consume_source = s->opts->merge_mode == MERGE_RENAME };
      err = stage_group_link (s);
    }
  else if (s->merge.used != MERGE_COPY)
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
  /* The digest of what is stripped comes from the stripped file.  */
  bool digest = s->digesting && ! s->opts->strip;
  if (digest)
    digest_init (&s->digest, manifest_digest ());
  int r = copy_data (s->src_fd, &s->src_st, s->staged.fd,
                     job->dir_st ? job->dir_st->st_dev : job->dir_dev,
                     digest ? &s->digest : NULL, &result);
  s->digest_done = digest && r == 0;
  if (r == 0 && s->opts->sync)
    durable_start (s->staged.fd);
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

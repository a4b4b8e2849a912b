/* install-file.c: installing one file, atomically.
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

#include "install-file.h"
#include "install-state.h"
#include "stage.h"

#include "system.h"
#include "backup.h"
#include "compare.h"
#include "dirname.h"
#include "file-caps.h"
#include "filenamecat.h"
#include "ignore-value.h"
#include "metadata.h"
#include "report.h"
#include "same.h"
#include "same-inode.h"
#include "security-label.h"
#include "staged-file.h"
#include "stat-time.h"
#include "strip.h"

/* The pipeline, in order:
     1. check the source and the destination, as GNU install does,
        with GNU's diagnostics, before anything is touched;
     2. print GNU's -v lines;
     3. stage the new content beside the destination: a copy, or the
        source itself, linked or moved (stage.c, merge.c);
     4. strip it (-s);
     5. give it its owner, mode, attributes, label and timestamps
        (metadata.c);
     6. make the backup (-b) by hard link;
     7. rename it over the destination: the one visible change;
     8. in rename mode, remove a source that had to be copied.
   A failure at any step discards the staged file (or moves the source
   back) and undoes the backup, leaving the destination as it was.  */

/* Step 1: checks.  */

/* Open the source, or at least find out what it is.  Opening first
   saves a system call per file; when the source cannot be opened, the
   failure is reported later, after the -v lines, where GNU install
   reports it, and stat tells what the source is meanwhile.  A FIFO is
   opened without waiting for a writer, then read as GNU install reads
   it.  */
static bool
check_source (struct install_state *s)
{
  char const *source = s->job->source;
  s->src_fd = open (source, (O_RDONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK));
  if (s->src_fd < 0)
    {
      s->src_errno = errno;
      if (stat (source, &s->src_st) != 0)
        {
          error (0, errno, _("cannot stat %s"), quoteaf (source));
          return false;
        }
    }
  else if (fstat (s->src_fd, &s->src_st) != 0)
    {
      error (0, errno, _("cannot fstat %s"), quoteaf (source));
      return false;
    }
  else if (S_ISFIFO (s->src_st.st_mode))
    {
      /* Open it again, waiting for a writer, when GNU would.  */
      close (s->src_fd);
      s->src_fd = -1;
      s->src_errno = 0;
    }
  else if (! S_ISREG (s->src_st.st_mode)
           && fcntl (s->src_fd, F_SETFL, O_RDONLY) != 0)
    {
      error (0, errno, _("cannot fstat %s"), quoteaf (source));
      return false;
    }
  if (S_ISDIR (s->src_st.st_mode))
    {
      error (0, 0, _("omitting directory %s"), quoteaf (source));
      return false;
    }
  return true;
}

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
  if (! SAME_INODE (s->src_st, s->dest_st))
    return false;

  struct stat src_lst;
  if (lstat (job->source, &src_lst) != 0)
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

/* Step 2: GNU's -v lines.  */

static void
report_intent (struct install_state const *s)
{
  struct install_job const *job = s->job;
  if (! s->backup_base)
    {
      if (s->dest_exists)
        report_replacing (job->dest_name);
      report_installing (job->source, job->dest_name, NULL);
      return;
    }
  /* The backup is named with the destination's directory, as GNU
     names it.  */
  size_t dir_len = strlen (job->dest_name) - strlen (job->dest_base);
  char *shown = xmalloc (dir_len + strlen (s->backup_base) + 1);
  strcpy (mempcpy (shown, job->dest_name, dir_len), s->backup_base);
  report_installing (job->source, job->dest_name, shown);
  free (shown);
}

/* Step 3: the new content.  */

/* Report a source that could not be opened, or open a FIFO, now that
   the -v lines are out, as GNU install does.  */
static bool
open_source_late (struct install_state *s)
{
  char const *source = s->job->source;
  if (0 <= s->src_fd)
    return true;
  if (s->src_errno == 0)
    {
      struct stat st;
      s->src_fd = open (source, O_RDONLY | O_NOCTTY | O_CLOEXEC);
      s->src_errno = errno;
      if (0 <= s->src_fd && fstat (s->src_fd, &st) == 0
          && ! SAME_INODE (st, s->src_st))
        {
          error (0, 0,
                 _("skipping file %s, as it was replaced while being copied"),
                 quoteaf (source));
          return false;
        }
    }
  if (0 <= s->src_fd)
    return true;
  error (0, s->src_errno, _("cannot open %s for reading"), quoteaf (source));
  return false;
}

/* Step 4: -s.  The strip program works on the staged file, never on the
   destination, and may replace it: look again at what the name holds.  */
static bool
strip_staged (struct install_state *s)
{
  struct install_job const *job = s->job;
  if (! s->opts->strip)
    return true;
  char *name = file_name_concat (job->dest_dir_name, s->staged.name, NULL);
  bool ok = strip_file (s->opts->strip_program, name);
  free (name);
  if (ok && staged_file_reopen (&s->staged, &s->staged_st) < 0)
    {
      error (0, errno, _("cannot open %s"), quoteaf (job->dest_name));
      ok = false;
    }
  s->staged_st_known = ok;
  return ok;
}

/* Step 5.  */
static bool
set_metadata (struct install_state *s)
{
  /* A new copy's owner matters only if one is asked for.  */
  if (! s->staged_st_known
      && (wanted_owner (s->opts, &s->src_st) != (uid_t) -1
          || wanted_group (s->opts, &s->src_st) != (gid_t) -1))
    {
      if (fstat (s->staged.fd, &s->staged_st) != 0)
        {
          error (0, errno, _("cannot fstat %s"), quoteaf (s->job->dest_name));
          return false;
        }
      s->staged_st_known = true;
    }
  struct metadata_target target = {
    .fd = s->staged.fd,
    .st = &s->staged_st,
    .dest_name = s->job->dest_name,
    .label = s->label,
    .may_have_acl = s->job->dir_passes_acl,
    .times_required = s->opts->strip || ! S_ISREG (s->src_st.st_mode),
  };
  struct metadata_source source = {
    .fd = s->src_fd,
    .name = s->job->source,
    .st = &s->src_st,
  };
  s->source_inode_changed = s->merge.used != MERGE_COPY;
  if (s->source_inode_changed
      && caps_get_fd (s->staged.fd, &s->source_caps) != 0)
    s->source_caps = NULL;
  return metadata_apply (s->opts, &target, &source);
}

/* Step 6.  */
static bool
make_backup (struct install_state *s)
{
  struct install_job const *job = s->job;
  if (! s->backup_base)
    return true;
  int method = backup_make (job->dir_fd, job->dest_base, &s->backup_base,
                            s->opts->backup_type);
  if (method < 0)
    {
      error (0, errno, _("cannot backup %s"), quoteaf (job->dest_name));
      return false;
    }
  s->backup_method = method;
  return true;
}

/* Step 7.  */
static bool
commit_staged (struct install_state *s, struct installed_set *installed)
{
  struct install_job const *job = s->job;
  char *temp_name = s->opts->debug ? xstrdup (s->staged.name) : NULL;
  if (staged_file_commit (&s->staged, job->dest_base) != 0)
    {
      error (0, errno,
             (s->dest_exists
              ? _("cannot remove %s") : _("cannot create regular file %s")),
             quoteaf (job->dest_name));
      free (temp_name);
      return false;
    }
  if (installed)
    {
      struct stat st;
      if (fstatat (job->dir_fd, job->dest_base, &st, AT_SYMLINK_NOFOLLOW)
          == 0)
        installed_set_add (installed, job->dest_base, &st);
    }
  if (temp_name)
    {
      char *note = merge_fallback_note (&s->merge);
      if (note)
        report_note (job->dest_name, note);
      free (note);
      report_staging_debug (job->dest_name, merge_describe (&s->merge),
                            job->dest_dir_name, temp_name);
    }
  free (temp_name);
  return true;
}

/* Rename mode: the source is consumed, also when it was copied (from
   another file system, or for -s) or found identical (-C).  */
static bool
consume_source (struct install_state const *s)
{
  if (! s->merge.consume_source)
    return true;
  if (unlink (s->job->source) == 0)
    return true;
  error (0, errno, _("cannot remove %s"), quoteaf (s->job->source));
  return false;
}

static bool
check_all (struct install_state *s, struct installed_set const *installed,
           bool *done)
{
  *done = false;
  if (! (check_source (s) && look_at_destination (s)))
    return false;
  if (s->opts->compare && s->dest_exists
      && destination_is_current (s->opts, s->job->source, &s->src_st,
                                 s->job->dir_fd, s->job->dest_base,
                                 s->job->dest_name))
    {
      *done = true;
      /* Rename mode consumes the source all the same, if it is a file
         that rename mode would have moved.  */
      s->merge.consume_source = (s->opts->merge_mode == MERGE_RENAME
                                 && S_ISREG (s->src_st.st_mode));
      return keep_current_destination (s) && consume_source (s);
    }
  return ((! s->dest_exists || check_replaceable (s, installed))
          && plan_backup (s));
}

/* Steps 2 to 7, once the checks passed.  */
static bool
install_checked (struct install_state *s, struct installed_set *installed)
{
  stage_content (s);
  if (stage_failed_early (s))
    return false;
  if (s->opts->verbose)
    report_intent (s);
  return ((s->merge.used != MERGE_COPY || open_source_late (s))
          && stage_report_problem (s)
          && stage_fill (s)
          && strip_staged (s)
          && set_metadata (s)
          && make_backup (s)
          && commit_staged (s, installed)
          && consume_source (s));
}

/* After a failure in link or rename mode, give the source's inode back
   the owner, mode and timestamps it had, as far as possible: it stays
   the user's file.  */
static void
restore_source_inode (struct install_state const *s)
{
  struct stat const *st = &s->src_st;
  int fd = s->staged.fd;
  struct stat now;
  if (! s->source_inode_changed || fd < 0 || fstat (fd, &now) != 0)
    return;
  int e = errno;
  /* chown only if needed: it clears capabilities, even to the same
     owner; give them back if it did.  */
  if (now.st_uid != st->st_uid || now.st_gid != st->st_gid)
    ignore_value (fchown (fd, st->st_uid, st->st_gid));
  ignore_value (caps_set_fd (fd, s->source_caps));
  ignore_value (fchmod (fd, st->st_mode & CHMOD_MODE_BITS));
  struct timespec times[2] = { get_stat_atime (st), get_stat_mtime (st) };
  ignore_value (futimens (fd, times));
  errno = e;
}

bool
install_file (struct install_options const *opts,
              struct install_job const *job,
              struct installed_set *installed)
{
  struct install_state s = { .opts = opts, .job = job, .src_fd = -1,
                             .backup_method = BACKUP_NONE,
                             .staged = STAGED_FILE_INIT };
  bool done;
  bool ok = check_all (&s, installed, &done);
  if (ok && ! done)
    {
      ok = install_checked (&s, installed);
      if (! ok)
        {
          restore_source_inode (&s);
          staged_file_discard (&s.staged);
          backup_undo (job->dir_fd, job->dest_base, s.backup_base,
                       s.backup_method);
        }
    }
  if (0 <= s.src_fd)
    ignore_value (close (s.src_fd));
  free (s.backup_base);
  label_free (s.label);
  caps_free (s.source_caps);
  return ok;
}

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
#include "batch.h"
#include "install-checks.h"
#include "install-source.h"
#include "install-manifest.h"
#include "install-state.h"
#include "stage.h"

#include "system.h"
#include "backup.h"
#include "durable.h"
#include "file-caps.h"
#include "filenamecat.h"
#include "manifest.h"
#include "ignore-value.h"
#include "metadata.h"
#include "report.h"
#include "security-label.h"
#include "staged-file.h"
#include "strip.h"
#include "undo.h"

/* The pipeline, in order:
     1. check the source and the destination, as GNU install does,
        with GNU's diagnostics, before anything is touched
        (install-checks.c);
     2. stage the new content beside the destination: a copy, or the
        source itself, linked or moved (stage.c, merge.c);
     3. make the backup (-b), by a hard link, before the -v lines, as GNU
        makes it before printing them;
     4. print GNU's -v lines;
     5. fill and strip the staged file (-s);
     6. give it its owner, mode, attributes, label and timestamps
        (metadata.c), and close it, checking for write errors;
     7. rename it over the destination: the one visible change;
     8. in rename mode, remove a source that had to be copied.
   Every change before step 7 is recorded in undo.c as it is made: a
   failure at any step, or a fatal signal, discards the staged file (or
   moves the source back), undoes the backup and gives an adopted source
   inode its attributes back, leaving the destination as it was.  */

/* Step 4: GNU's -v lines.  */

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

static bool
close_staged (struct install_state *s)
{
  /* An adopted source's mode is its own: assume it may be run.  */
  bool not_executable
    = (s->merge.used == MERGE_COPY
       && ! (wanted_file_mode (s->opts, &s->src_st)
             & (S_IXUSR | S_IXGRP | S_IXOTH)));
  int r = staged_file_close (&s->staged, not_executable);
  if (r == 0)
    return true;
  error (0, errno, (r == STAGED_NOT_HELD ? _("cannot create regular file %s")
                    : _("failed to close %s")),
         quoteaf (s->job->dest_name));
  return false;
}

/* -s.  The strip program works on the staged file, never on the
   destination, and may replace it.  It is given the file's name, and
   opens that name more than once: so the file is made in a directory of
   its own, which only ainstall's user may enter, and the program reaches
   it through /proc/self/fd, that is through the very directory, not
   through any name that a user who may write the destination's
   directory could swap (GNU install has that hole).  What the program
   leaves is installed only if it is a regular file of ainstall's user
   with no other name.  */
static bool
strip_staged (struct install_state *s)
{
  struct install_job const *job = s->job;
  if (! s->opts->strip)
    return true;
  if (! close_staged (s))
    return false;
  /* The strip program inherits a descriptor of the directory.  */
  int dir_fd = fcntl (s->strip_dir.fd, F_DUPFD, 3);
  if (dir_fd < 0)
    {
      error (0, errno, _("cannot open %s"), quoteaf (job->dest_name));
      return false;
    }
  char dir_name[PROC_FD_NAME_SIZE];
  proc_fd_name (dir_name, dir_fd);
  char *name = file_name_concat (dir_name, s->staged.name, NULL);
  bool ok = strip_file (s->opts->strip_program, name, job->dest_name);
  free (name);
  close (dir_fd);
  if (! ok)
    return false;
  int r = staged_file_reopen_own (&s->staged, &s->staged_st);
  if (r == STAGED_NOT_OWN)
    {
      error (0, 0, _("cannot install %s: the stripped temporary file was "
                     "replaced"), quoteaf (job->dest_name));
      return false;
    }
  if (r < 0)
    {
      error (0, errno, _("cannot open %s"), quoteaf (job->dest_name));
      return false;
    }
  s->staged_st_known = true;
  return true;
}

/* In link and rename modes, record how to give the source's inode its
   own attributes back, before they change.  */
static void
record_source_attributes (struct install_state *s)
{
  struct file_caps *caps;
  if (caps_get_fd (s->staged.fd, &caps) != 0)
    caps = NULL;
  size_t size;
  void const *raw = caps_raw (caps, &size);
  s->attributes_undo = undo_add_attributes (s->staged.fd, &s->src_st, raw,
                                            size);
  undo_while_exists (s->attributes_undo, s->staged.dir_fd, &s->staged.name);
  caps_free (caps);
}

/* The owner and group a new copy got, when the destination's
   directory is known: the caller's, and the directory's group if it is
   set-group-ID.  */
static void
infer_new_owner (struct install_state *s)
{
  struct stat const *dir = s->job->dir_st;
  s->staged_st.st_uid = caller_uid ();
  s->staged_st.st_gid = (dir->st_mode & S_ISGID) ? dir->st_gid : caller_gid ();
}

/* Step 6.  */
static bool
set_metadata (struct install_state *s)
{
  /* A further name of a hard-link group has its attributes; so has an
     adopted source that is to keep its own.  */
  if (s->group_link
      || (s->merge.used != MERGE_COPY && metadata_keeps_source (s->opts)))
    return true;
  /* A new copy's owner matters only if one is asked for.  */
  bool owner_wanted = (wanted_owner (s->opts, &s->src_st) != (uid_t) -1
                       || wanted_group (s->opts, &s->src_st) != (gid_t) -1);
  if (owner_wanted && ! s->staged_st_known && s->job->dir_st
      && ! s->strip_dir.name)
    infer_new_owner (s);
  else if (owner_wanted && ! s->staged_st_known)
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
    .mode_known = (s->staged_st_known || ! s->job->dir_passes_acl),
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
  if (s->merge.used != MERGE_COPY)
    record_source_attributes (s);
  return metadata_apply (s->opts, &target, &source);
}

/* Step 3, and its late part.  The backup is made early, before GNU's -v
   lines, when that changes nothing but add a name: a new hard link.  It
   is made just before the commit when it must replace an older backup,
   which stays until the new file is ready, or when no hard link can be
   made and the destination must be renamed, so that it is missing for as
   short a time as possible.  */
static bool
make_backup (struct install_state *s, bool late)
{
  struct install_job const *job = s->job;
  if (! s->backup_base || late != (s->backup_method == BACKUP_DEFERRED))
    return true;
  enum backup_type type = s->opts->backup_type;
  int method = (s->backup_by_rename
                ? backup_rename (job->dir_fd, job->dest_base, s->backup_base,
                                 type, &s->backup_undo)
                : backup_link (job->dir_fd, job->dest_base, &s->backup_base,
                               type, late, &s->backup_undo));
  if (method < 0 && ! s->backup_by_rename && backup_needs_rename (errno))
    {
      s->backup_by_rename = true;
      method = (late
                ? backup_rename (job->dir_fd, job->dest_base, s->backup_base,
                                 type, &s->backup_undo)
                : BACKUP_DEFERRED);
    }
  if (method < 0)
    {
      error (0, errno, _("cannot backup %s"), quoteaf (job->dest_name));
      return false;
    }
  s->backup_method = method;
  undo_while_exists (s->backup_undo, s->staged.dir_fd, &s->staged.name);
  return true;
}

/* For --debug, before the commit: the temporary file's name as messages
   give it, or NULL for an unnamed one.  Malloc'd.  */
static char *
temporary_name (struct install_state const *s)
{
  if (! s->staged.name)
    return NULL;
  if (s->strip_dir.name)
    return file_name_concat (s->strip_dir.name, s->staged.name, NULL);
  return xstrdup (s->staged.name);
}

/* --debug: how the file came to be and took its place.  */
static void
report_debug (struct install_state const *s, char const *temp_name,
              bool unnamed)
{
  struct install_job const *job = s->job;
  char *note = merge_fallback_note (&s->merge);
  if (note)
    report_note (job->dest_name, note);
  free (note);
  if (unnamed)
    report_unnamed_debug (job->dest_name, merge_describe (&s->merge),
                          job->dest_dir_name, s->staged.via);
  else
    report_staging_debug (job->dest_name, merge_describe (&s->merge),
                          job->dest_dir_name, temp_name);
}

/* Add what was installed to INSTALLED, if not NULL (install_file).  */
static void
remember_installed (struct install_state const *s,
                    struct installed_set *installed)
{
  struct install_job const *job = s->job;
  struct stat st;
  if (installed
      && fstatat (job->dir_fd, job->dest_base, &st, AT_SYMLINK_NOFOLLOW) == 0)
    installed_set_add (installed, job->dest_base, &st);
}

/* Step 7.  The backup and the attributes of an adopted source are
   undone only while the temporary name exists, and so never after the
   rename that commits the file (undo_while_exists).  */
static bool
commit_staged (struct install_state *s, struct installed_set *installed)
{
  struct install_job const *job = s->job;
  if (s->placed)
    {
      remember_installed (s, installed);
      if (s->opts->debug)
        report_placed_debug (job->dest_name, merge_describe (&s->merge));
      return true;
    }
  bool unnamed = s->staged.unnamed;
  char *temp_name = s->opts->debug ? temporary_name (s) : NULL;
  int r = staged_file_commit_into (&s->staged, job->dir_fd, job->dest_base);
  int e = errno;
  if (r == 0)
    {
      undo_drop (&s->backup_undo);
      undo_drop (&s->attributes_undo);
    }
  if (r != 0)
    {
      error (0, e,
             (s->dest_exists
              ? _("cannot remove %s") : _("cannot create regular file %s")),
             quoteaf (job->dest_name));
      free (temp_name);
      return false;
    }
  remember_installed (s, installed);
  if (s->opts->sync)
    {
      durable_dir_changed (job->dir_fd, job->dest_dir_name);
      /* Rename mode moved the source out of its directory.  */
      if (s->merge.used == MERGE_RENAME && s->src_dir_fd != AT_FDCWD)
        durable_source_dir_changed (s->src_dir_fd, job->source);
    }
  if (s->opts->debug)
    report_debug (s, temp_name, unnamed);
  free (temp_name);
  return true;
}

/* Steps 2 to 6, once the checks passed: stage the new file, complete
   with its attributes.  */
static bool
install_prepare (struct install_state *s)
{
  stage_content (s);
  if (stage_failed_early (s) || ! make_backup (s, false))
    return false;
  if (s->opts->verbose)
    report_intent (s);
  bool copied = s->merge.used == MERGE_COPY;
  return ((! copied || source_open_late (s))
          && stage_report_problem (s)
          && stage_fill (s)
          && strip_staged (s)
          && set_metadata (s));
}

/* Where a descriptor of the file the commit installed is: the staged
   file's, held for that (S->hold_installed), or the adopted source's,
   where it took its name directly (S->placed); or NULL.  */
static int *
installed_fd (struct install_state *s)
{
  return (0 <= s->staged.fd ? &s->staged.fd
          : s->merge.used != MERGE_COPY && 0 <= s->src_fd ? &s->src_fd
          : NULL);
}

/* After the commit: record the installed file in the manifest, and hand
   a descriptor of it to the job if it asked.  */
static bool
after_commit (struct install_state *s)
{
  /* A further name of a hard-link group is the group's installed file,
     which the job holds.  */
  int *fd = s->group_link ? NULL : installed_fd (s);
  int installed = s->group_link ? s->job->link_to_fd : fd ? *fd : -1;
  bool ok = (! manifest_active () || installed < 0
             || record_installed_file (s, installed));
  if (s->job->installed_fd && fd)
    {
      *s->job->installed_fd = *fd;
      *fd = -1;
    }
  return ok;
}

/* Steps 7 and 8: commit the staged file, consume the source, record
   what was installed.  */
static bool
install_commit (struct install_state *s)
{
  /* An adopted inode's descriptor is read-only, and closed only after
     the commit: its attributes are given back through it on failure.  */
  if (s->merge.used == MERGE_COPY && ! close_staged (s))
    return false;
  /* A backup made late replaces an older one, or renames the destination
     away: from then until the commit no signal may come, which would
     leave the older backup lost or the destination missing.  */
  bool late = s->backup_method == BACKUP_DEFERRED;
  if (late)
    undo_block ();
  bool ok = make_backup (s, true) && commit_staged (s, s->installed);
  if (late)
    undo_unblock ();
  return ok && source_consume (s) && after_commit (s);
}

static void
init_state (struct install_state *s, struct install_options const *opts,
            struct install_job const *job, struct installed_set *installed)
{
  *s = (struct install_state) {
    .opts = opts, .job = job, .installed = installed, .src_fd = job->src_fd,
    .src_dir_fd = AT_FDCWD, .backup_method = BACKUP_NONE,
    .backup_undo = UNDO_NONE, .staged = STAGED_FILE_INIT,
    .strip_dir = STAGED_FILE_INIT, .attributes_undo = UNDO_NONE,
    .hold_installed = job->installed_fd || manifest_active (),
    .digesting = manifest_active () && manifest_digest () != DIGEST_NONE,
  };
  if (job->installed_fd)
    *job->installed_fd = -1;
}

/* The end of S, a success if OK: undo what a failure leaves, and let
   everything go.  PREPARED: the install got past its checks.  */
static bool
install_end (struct install_state *s, bool ok, bool prepared)
{
  if (prepared && ! ok)
    {
      /* Not committed, or committed and then dropped: an adopted source
         gets its attributes back, even if another user took its
         temporary name away.  */
      undo_run_unconditionally (&s->attributes_undo);
      staged_file_discard (&s->staged);
      undo_run (&s->backup_undo);
    }
  if (prepared)
    staged_dir_discard_all (&s->strip_dir);
  staged_file_discard (&s->staged);
  if (0 <= s->src_fd)
    ignore_value (close (s->src_fd));
  if (0 <= s->src_dir_fd && ! s->job->src_base)
    ignore_value (close (s->src_dir_fd));
  free (s->backup_base);
  label_free (s->label);
  return ok;
}

/* --sync: stage the file and park it, to be synced and committed with
   others (batch.h).  The job and the state must outlive the call.  */
static bool
install_file_parked (struct install_options const *opts,
                     struct install_job const *job,
                     struct installed_set *installed)
{
  /* GNU's "will not overwrite just-created" needs the earlier install
     there committed.  */
  bool ok = ! batch_holds (job->dir_fd, job->dest_base) || batch_flush ();
  struct install_state *s = xmalloc (sizeof *s);
  init_state (s, opts, batch_job_copy (job), installed);
  bool done;
  bool checked = check_all (s, installed, &done);
  bool prepared = checked && ! done;
  if (prepared && install_prepare (s))
    {
      /* The group's further names link to the staged file itself.  */
      int *fd = installed_fd (s);
      if (job->installed_fd && fd)
        *job->installed_fd = fcntl (*fd, F_DUPFD_CLOEXEC, 0);
      return batch_park (s) && ok;
    }
  ok &= install_end (s, checked && done, prepared);
  batch_job_free ((struct install_job *) s->job);
  free (s);
  return ok;
}

bool
install_file_finish (struct install_state *s, bool synced)
{
  bool ok = install_end (s, synced && install_commit (s), true);
  batch_job_free ((struct install_job *) s->job);
  free (s);
  return ok;
}

bool
install_file (struct install_options const *opts,
              struct install_job const *job,
              struct installed_set *installed)
{
  if (opts->sync)
    return install_file_parked (opts, job, installed);
  struct install_state s;
  init_state (&s, opts, job, installed);
  bool done;
  bool ok = check_all (&s, installed, &done);
  bool prepared = ok && ! done;
  if (prepared)
    ok = install_prepare (&s) && install_commit (&s);
  return install_end (&s, ok, prepared);
}

/* make-dirs.c: -d and -D, creating directories.
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

#include "make-dirs.h"

#include "system.h"
#include "durable.h"
#include "existing-dir.h"
#include "install-manifest.h"
#include "ignore-value.h"
#include "manifest.h"
#include "report.h"
#include "security-label.h"
#include "staged-file.h"
#include "trusted-path.h"

/* A missing leading directory gets rwxr-xr-x, whatever -m says.  */
enum { LEADING_DIR_MODE = DEFAULT_INSTALL_MODE };

/* One component of a file name being walked: [START, END) of NAME.  */
struct component
{
  char const *name;     /* The whole file name, as the user gave it.  */
  char const *start;
  char const *end;
  char *text;           /* The component alone, NUL-terminated.  */
  bool trusted;         /* No symbolic link on the way so far may be
                           another user's (trusted-path.h).  */
};

/* Set C to the first component of C->name at or after P, skipping
   slashes.  Return false if there is none.  */
static bool
find_component (struct component *c, char const *p)
{
  while (*p == '/')
    p++;
  if (! *p)
    return false;
  c->start = p;
  c->end = p + strcspn (p, "/");
  free (c->text);
  c->text = ximemdup0 (c->start, c->end - c->start);
  return true;
}

/* Return true if C is followed by another component.  */
static bool
has_next_component (struct component const *c)
{
  return c->end[strspn (c->end, "/")] != '\0';
}

static bool
is_dot (char const *s)
{
  return s[0] == '.' && s[1] == '\0';
}

static bool
is_dot_dot (char const *s)
{
  return s[0] == '.' && s[1] == '.' && s[2] == '\0';
}

/* Return the malloc'd leading part of C's name, up to C's end.  */
static char *
component_prefix (struct component const *c)
{
  return ximemdup0 (c->name, c->end - c->name);
}

/* Set *LABEL to what a directory made at NAME should be labelled with:
   GNU install labels directories only under -Z or --context.  */
static int
directory_label (struct install_options const *opts, char const *name,
                 char **label)
{
  *label = NULL;
  if (opts->label_policy != LABEL_POLICY_DEFAULT
      && opts->label_policy != LABEL_EXPLICIT)
    return 0;
  return label_for (opts, name, S_IFDIR | LEADING_DIR_MODE, -1, label);
}

/* Give the new directory FD, for the operand or prefix NAME, the label
   LABEL.  A failure is an error with --file-contexts, which asks for
   labels explicitly, and a warning otherwise, as in GNU install.  */
static bool
label_new_dir (struct install_options const *opts, int fd, char const *label,
               char const *name)
{
  if (label_set_fd (fd, label) == 0)
    return true;
  if (! opts->file_contexts && label_error_ignorable (errno))
    return true;
  error (0, errno, _("failed to set the security context of %s"),
         quoteaf (name));
  return ! opts->file_contexts;
}

/* Make the directory C in DIR_FD, labelled as OPTS ask, complete before
   it appears.  Return 0 or -1 with errno set.  */
static int
make_dir_with_label (struct install_options const *opts, int dir_fd,
                     struct component const *c, char const *label)
{
  if (opts->unprivileged)
    label = NULL;               /* The manifest records it instead.  */
  if (! label || label_at_creation (opts))
    {
      label_create_begin (label);
      int r = mkdirat (dir_fd, c->text, LEADING_DIR_MODE);
      int e = errno;
      label_create_end (label);
      errno = e;
      return r;
    }
  struct staged_file s = STAGED_FILE_INIT;
  if (staged_dir_create (&s, dir_fd, c->text, LEADING_DIR_MODE) != 0)
    return -1;
  /* A failure is reported as failing to make the directory.  */
  int r = label_set_fd (s.fd, label);
  if (r != 0 && ! opts->file_contexts && label_error_ignorable (errno))
    r = 0;
  if (r == 0)
    r = staged_file_commit_new (&s, c->text);
  int e = errno;
  staged_file_discard (&s);
  errno = e;
  return r;
}

/* Make the directory C in DIR_FD, labelled as OPTS ask.  */
static int
make_leading_dir (struct install_options const *opts, int dir_fd,
                  struct component const *c)
{
  char *prefix = component_prefix (c);
  char *label;
  if (directory_label (opts, prefix, &label) != 0
      && ! label_error_ignorable (errno))
    error (0, errno, _("failed to set default creation context for %s"),
           quoteaf (prefix));
  int r = make_dir_with_label (opts, dir_fd, c, label);
  int e = errno;
  label_free (label);
  if (r == 0 && opts->verbose)
    report_created_directory (prefix);
  free (prefix);
  errno = e;
  return r;
}

/* Record in the manifest the leading directory C just made, open as FD:
   it gets no owner or label but its creator's.  Directories get no time:
   what is installed into them later changes it.  */
static void
record_made_dir (struct install_options const *opts, int fd,
                 struct component const *c)
{
  char *prefix = component_prefix (c);
  struct recorded_entry r = { .name = prefix, .fd = fd,
                              .uid = (uid_t) -1, .gid = (gid_t) -1,
                              .no_time = true };
  record_entry (opts, &r);
  free (prefix);
}

/* Record the directory DIR, made or adjusted for -d and open as FD, with
   the owner, group and LABEL that OPTS ask for.  */
static bool
record_operand_dir (struct install_options const *opts, int fd,
                    char const *dir, char const *label)
{
  struct recorded_entry r = { .name = dir, .fd = fd, .uid = opts->owner,
                              .gid = opts->group, .label = label,
                              .no_time = true };
  return ! manifest_active () || record_entry (opts, &r);
}

/* Enter the directory C in DIR_FD, making it first if it is missing.
   Return a descriptor of it, or -1 with errno set.  */
static int
enter_or_make (struct install_options const *opts, int dir_fd,
               struct component *c)
{
  int fd = openat (dir_fd, c->text, O_DIRSEARCH | O_NOFOLLOW);
  if (fd < 0 && (errno == ELOOP || errno == ENOTDIR))
    {
      /* A symbolic link, followed as the kernel would, noting whether
         another user may have put it there.  */
      fd = trusted_open_dir (dir_fd, c->text, &c->trusted);
    }
  if (0 <= fd || errno != ENOENT || is_dot_dot (c->text))
    return fd;

  int made = make_leading_dir (opts, dir_fd, c);
  int mkdir_errno = errno;
  /* Never follow a symlink put where we just made a directory.  */
  fd = openat (dir_fd, c->text, O_DIRSEARCH | (made == 0 ? O_NOFOLLOW : 0));
  if (fd < 0 && made != 0 && errno == ENOENT)
    errno = mkdir_errno;
  if (0 <= fd && made == 0 && opts->sync)
    {
      durable_dir_changed (dir_fd, c->name);
      durable_dir_changed (fd, c->name);
    }
  if (0 <= fd && made == 0 && manifest_active ())
    record_made_dir (opts, fd, c);
  return fd;
}

static void
close_dir (int fd)
{
  if (0 <= fd)
    ignore_value (close (fd));
}

/* Return a descriptor to start walking NAME from: the root for an
   absolute name, else the working directory.  */
static int
walk_start (char const *name)
{
  return name[0] == '/' ? open ("/", O_DIRSEARCH) : AT_FDCWD;
}

/* Walk C->name from its start, entering (and making) every component
   that has another after it.  Leave C at the last component and return
   a descriptor of its directory, or return -1 with errno set and C at
   the component that failed.  */
static int
walk_leading (struct install_options const *opts, struct component *c)
{
  c->start = c->end = c->name;
  int fd = walk_start (c->name);
  if (fd == -1)
    return -1;
  char const *p = c->name;
  while (find_component (c, p) && has_next_component (c))
    {
      p = c->end;
      if (is_dot (c->text))
        continue;
      int sub = enter_or_make (opts, fd, c);
      int e = errno;
      close_dir (fd);
      if (sub < 0)
        {
          errno = e;
          return -1;
        }
      fd = sub;
    }
  return fd;
}

static void
report_cannot_create (char const *name, enum dir_quoting quoting, int err)
{
  error (0, err, _("cannot create directory %s"),
         quoting == DIR_QUOTE_SHELL ? quoteaf (name) : quote (name));
}

bool
make_leading_directories (struct install_options const *opts,
                          char const *file, enum dir_quoting quoting)
{
  struct component c = { .name = file, .trusted = true };
  int fd = walk_leading (opts, &c);
  if (fd == -1)
    {
      int e = errno;
      char *prefix = component_prefix (&c);
      report_cannot_create (prefix, quoting, e);
      free (prefix);
    }
  close_dir (fd);
  free (c.text);
  return fd != -1;
}

/* The mode an existing or new directory of mode CURRENT must get: the
   bits the user cares about from OPTS, the others as they are.  */
static mode_t
wanted_dir_mode (struct install_options const *opts, mode_t current)
{
  return (opts->dir_mode
          | (current & CHMOD_MODE_BITS & ~opts->dir_mode_bits));
}

static bool
keeps_owner (struct install_options const *opts)
{
  return opts->owner == (uid_t) -1 && opts->group == (gid_t) -1;
}

static void
report_cannot_adjust (struct install_options const *opts, char const *dir)
{
  error (0, errno,
         (keeps_owner (opts)
          ? _("cannot change permissions of %s")
          : _("cannot change owner and permissions of %s")),
         quote (dir));
}

/* Give the existing directory held by FD (existing-dir.h), whose status
   is *ST, the owner, group and mode OPTS ask for, changing only what
   differs.  */
static bool
adjust_existing_dir (struct install_options const *opts, int fd,
                     struct stat const *st, char const *dir)
{
  mode_t indeterminate = 0;
  if (! opts->unprivileged
      && ((opts->owner != (uid_t) -1 && opts->owner != st->st_uid)
          || (opts->group != (gid_t) -1 && opts->group != st->st_gid)))
    {
      if (existing_dir_chown (fd, opts->owner, opts->group) != 0)
        {
          report_cannot_adjust (opts, dir);
          return false;
        }
      /* chown may have cleared these; set them again if wanted.  */
      if (st->st_mode & S_IXUGO)
        indeterminate = st->st_mode & (S_ISUID | S_ISGID);
    }
  if (((st->st_mode ^ opts->dir_mode) | indeterminate) & opts->dir_mode_bits
      && existing_dir_chmod (fd, wanted_dir_mode (opts, st->st_mode)) != 0)
    {
      report_cannot_adjust (opts, dir);
      return false;
    }
  return true;
}

/* Relabel the existing directory held by HELD under -Z.  */
static void
relabel_existing_dir (struct install_options const *opts, int held,
                      char const *dir)
{
  if (opts->label_policy != LABEL_POLICY_DEFAULT || opts->unprivileged)
    return;
  char *label;
  int fd = existing_dir_reopen (held);
  if (fd < 0)
    return;
  if ((directory_label (opts, dir, &label) != 0
       || label_set_fd (fd, label) != 0)
      && ! label_error_ignorable (errno))
    error (0, errno, _("failed to restore context for %s"), quoteaf (dir));
  label_free (label);
  close (fd);
}

/* Give the staged directory S everything before it gets its name.  */
static bool
prepare_new_dir (struct install_options const *opts,
                 struct staged_file const *s, char const *dir)
{
  struct stat st;
  if (! keeps_owner (opts) && ! opts->unprivileged
      && fchown (s->fd, opts->owner, opts->group) != 0)
    {
      report_cannot_adjust (opts, dir);
      return false;
    }
  /* Made as GNU's mkdir with the -m mode would make it: that mode, plus
     the set-group-ID bit a set-group-ID parent passes on.  */
  if (fstat (s->fd, &st) != 0
      || fchmod (s->fd, wanted_dir_mode (opts, (opts->dir_mode
                                                | (st.st_mode & S_ISGID))))
         != 0)
    {
      report_cannot_adjust (opts, dir);
      return false;
    }
  return true;
}

/* Make the directory NAME in DIR_FD, for the operand DIR, complete
   before it appears.  Return 1 if made, 0 if something is in the way
   (errno EEXIST), -1 on other failures, reported.  */
static int
make_final_dir (struct install_options const *opts, int dir_fd,
                char const *name, char const *dir)
{
  char *label;
  if (directory_label (opts, dir, &label) != 0
      && ! label_error_ignorable (errno))
    error (0, errno, _("failed to set default creation context for %s"),
           quoteaf (dir));
  struct staged_file s = STAGED_FILE_INIT;
  bool at_creation = label_at_creation (opts);
  if (at_creation)
    label_create_begin (label);
  int r = staged_dir_create (&s, dir_fd, name, S_IRWXU);
  int e = errno;
  if (at_creation)
    label_create_end (label);
  if (r != 0)
    {
      label_free (label);
      report_cannot_create (dir, DIR_QUOTE_LOCALE, e);
      return -1;
    }
  bool ready = (prepare_new_dir (opts, &s, dir)
                && (at_creation || opts->unprivileged
                    || label_new_dir (opts, s.fd, label, dir)));
  if (! ready)
    {
      label_free (label);
      staged_file_discard (&s);
      return -1;
    }
  s.keep_fd = manifest_active () || opts->sync;
  if (staged_file_commit_new (&s, name) != 0)
    {
      e = errno;
      label_free (label);
      staged_file_discard (&s);
      if (e == EEXIST)
        return 0;
      report_cannot_create (dir, DIR_QUOTE_LOCALE, e);
      return -1;
    }
  if (opts->verbose)
    report_created_directory (dir);
  if (opts->sync)
    {
      durable_dir_changed (dir_fd, dir);
      durable_dir_changed (s.fd, dir);
    }
  bool recorded = record_operand_dir (opts, s.fd, dir, label);
  label_free (label);
  staged_file_discard (&s);
  return recorded ? 1 : -1;
}

/* Adjust the existing directory held by FD, with status *ST.  */
static bool
adjust_and_relabel (struct install_options const *opts, int fd,
                    struct stat const *st, char const *dir)
{
  bool ok = adjust_existing_dir (opts, fd, st, dir);
  if (ok)
    relabel_existing_dir (opts, fd, dir);
  if (ok && opts->sync)
    durable_dir_changed (fd, dir);
  ok = ok && record_operand_dir (opts, fd, dir, NULL);
  close (fd);
  return ok;
}

/* Make or adjust the last component NAME of DIR, in DIR_FD, which was
   reached through TRUSTED symbolic links only, or not.  */
static bool
make_last_dir (struct install_options const *opts, int dir_fd,
               char const *name, char const *dir, bool trusted)
{
  for (int attempt = 0; attempt < 2; attempt++)
    {
      struct stat st;
      int fd = existing_dir_open (dir_fd, name, &st);
      if (0 <= fd && ! trusted)
        {
          /* Making directories through such a link is what install
             does; changing one that exists is not safe.  */
          close (fd);
          error (0, 0, _("not changing %s: a symbolic link on its path may "
                         "be another user's"), quoteaf (dir));
          return false;
        }
      if (0 <= fd)
        return adjust_and_relabel (opts, fd, &st, dir);
      if (fd == EXISTING_DIR_UNSAFE_LINK)
        {
          error (0, 0, _("not following %s: a symbolic link that other "
                         "users may replace"), quoteaf (dir));
          return false;
        }
      if (errno == EEXIST)
        break;
      if (errno != ENOENT)
        {
          report_cannot_create (dir, DIR_QUOTE_LOCALE, errno);
          return false;
        }
      if (attempt == 0)
        {
          /* Missing: make it, unless something else appears first,
             such as another install making it in parallel.  */
          int made = make_final_dir (opts, dir_fd, name, dir);
          if (made != 0)
            return 0 < made;
        }
    }
  report_cannot_create (dir, DIR_QUOTE_LOCALE, EEXIST);
  return false;
}

bool
make_directory (struct install_options const *opts, char const *dir)
{
  if (! *dir)
    {
      report_cannot_create (dir, DIR_QUOTE_LOCALE, ENOENT);
      return false;
    }
  struct component c = { .name = dir, .trusted = true };
  int fd = walk_leading (opts, &c);
  bool ok;
  if (fd == -1)
    {
      int e = errno;
      char *prefix = component_prefix (&c);
      report_cannot_create (prefix, DIR_QUOTE_LOCALE, e);
      free (prefix);
      ok = false;
    }
  else if (! c.text)
    {
      /* DIR is "/" or only slashes: it exists; adjust it.  */
      ok = make_last_dir (opts, fd, ".", dir, c.trusted);
    }
  else
    ok = make_last_dir (opts, fd, c.text, dir, c.trusted);
  close_dir (fd);
  free (c.text);
  return ok;
}

/* operands.c: what the operands name, in GNU install's four forms.
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

#include "operands.h"

#include "system.h"
#include "dirname.h"
#include "filenamecat.h"
#include "ignore-value.h"
#include "install-file.h"
#include "installed.h"
#include "hash.h"
#include "make-dirs.h"
#include "metadata.h"
#include "tree-merge.h"

static size_t
hash_base_name (void const *name, size_t n_buckets)
{
  return hash_string (name, n_buckets);
}

static bool
same_base_name (void const *a, void const *b)
{
  return streq (a, b);
}

/* Return true if F can only name the working directory: ".", "./.",
   ".//", and so on.  */
static bool
names_working_directory (char const *f)
{
  while (*f++ == '.')
    {
      if (*f != '/')
        return ! *f;
      while (*++f == '/')
        continue;
      if (! *f)
        return true;
    }
  return false;
}

/* Return a descriptor of the directory FILE, AT_FDCWD if it must be the
   working directory, or -1 with errno set if it is not a directory.  */
static int
open_target_directory (char const *file)
{
  if (names_working_directory (file))
    return AT_FDCWD;
  return open (file, O_DIRSEARCH);
}

static void
require_operands (struct install_options const *opts, int n_files,
                  char **files)
{
  if (n_files <= ! (opts->make_directories || opts->target_directory))
    {
      if (n_files <= 0)
        error (0, 0, _("missing file operand"));
      else
        error (0, 0, _("missing destination file operand after %s"),
               quoteaf (files[0]));
      usage (EXIT_FAILURE);
    }
}

void
plan_operands (struct install_options const *opts, int n_files,
               char **files, struct operand_plan *plan)
{
  require_operands (opts, n_files, files);
  *plan = (struct operand_plan) { .files = files, .n_files = n_files,
                                  .target_fd = -1 };

  if (opts->recursive)
    {
      /* -R IMAGE ROOT: exactly two.  */
      if (2 < n_files)
        {
          error (0, 0, _("extra operand %s"), quoteaf (files[2]));
          usage (EXIT_FAILURE);
        }
      plan->dest = files[1];
      return;
    }

  if (opts->no_target_directory)
    {
      if (opts->target_directory)
        error (EXIT_FAILURE, 0, _("cannot combine --target-directory (-t) "
                                  "and --no-target-directory (-T)"));
      if (2 < n_files)
        {
          error (0, 0, _("extra operand %s"), quoteaf (files[2]));
          usage (EXIT_FAILURE);
        }
    }
  else if (opts->target_directory)
    {
      plan->target_directory = opts->target_directory;
      plan->target_fd = open_target_directory (plan->target_directory);
      if (plan->target_fd == -1
          && ! (opts->make_leading && errno == ENOENT))
        error (EXIT_FAILURE, errno, _("failed to access %s"),
               quoteaf (plan->target_directory));
    }
  else if (! opts->make_directories)
    {
      char const *last = files[n_files - 1];
      int fd = open_target_directory (last);
      if (fd != -1)
        {
          plan->target_directory = last;
          plan->target_fd = fd;
          plan->n_files--;
        }
      else if (2 < n_files)
        error (EXIT_FAILURE, errno, _("target %s"), quoteaf (last));
    }

  if (! plan->target_directory && ! opts->make_directories)
    {
      plan->dest = files[1];
      plan->n_files = 1;
    }
}

/* SOURCE DEST: install SOURCE as DEST, after making DEST's leading
   directories under -D.  */
static bool
install_as (struct install_options const *opts, char const *source,
            char const *dest)
{
  if (opts->make_leading
      && ! make_leading_directories (opts, dest, DIR_QUOTE_SHELL))
    return false;

  char *dir = dir_name (dest);
  struct install_job job = {
    .source = source,
    .dest_name = dest,
    .dest_dir_name = dir,
    .dir_fd = open (dir, O_DIRSEARCH),
    .dest_base = last_component (dest),
    .dir_passes_acl = true,
    .link_to_fd = -1,
    .src_fd = -1,
  };
  job.dir_errno = job.dir_fd == -1 ? errno : 0;
  bool ok = install_file (opts, &job, NULL);
  if (job.dir_fd != -1)
    ignore_value (close (job.dir_fd));
  free (dir);
  return ok;
}

/* -D -t DIR, DIR missing: make it, as GNU does, for the first source
   only.  Return false if it could not be made or opened.  */
static bool
make_target_directory (struct install_options const *opts,
                       struct operand_plan *plan, char const *dest)
{
  if (! make_leading_directories (opts, dest, DIR_QUOTE_SHELL))
    return false;
  plan->target_fd = open (plan->target_directory, O_DIRSEARCH);
  if (plan->target_fd == -1)
    {
      error (0, errno, _("cannot open %s"), quoteaf (dest));
      return false;
    }
  return true;
}

/* Return true if two of the N FILES have the same last component, and
   so go to the same name in a target directory.  */
static bool
names_repeat (char **files, int n)
{
  Hash_table *seen = hash_initialize (n, NULL, hash_base_name,
                                      same_base_name, NULL);
  if (! seen)
    xalloc_die ();
  bool repeat = false;
  for (int i = 0; i < n && ! repeat; i++)
    {
      char const *base = last_component (files[i]);
      void const *found;
      int r = hash_insert_if_absent (seen, base, &found);
      if (r < 0)
        xalloc_die ();
      repeat = r == 0;
    }
  hash_free (seen);
  return repeat;
}

/* SOURCE... DIRECTORY and -t DIRECTORY SOURCE...  */
static bool
install_into (struct install_options const *opts, struct operand_plan *plan)
{
  /* GNU install refuses to replace a file it has just installed; that
     needs remembering only when two sources have the same name.  */
  struct installed_set *installed
    = names_repeat (plan->files, plan->n_files) ? installed_set_new () : NULL;
  bool passes_acl = true;
  bool acl_known = false;
  dev_t dir_dev = 0;
  bool ok = true;
  for (int i = 0; i < plan->n_files; i++)
    {
      char const *source = plan->files[i];
      char const *base = last_component (source);
      char *dest = file_name_concat (plan->target_directory, base, NULL);
      bool ready = (plan->target_fd != -1
                    || (i == 0 && opts->make_leading
                        && make_target_directory (opts, plan, dest)));
      if (ready && ! acl_known)
        {
          struct stat st;
          passes_acl = directory_passes_acl (plan->target_fd);
          dir_dev = fstat (plan->target_fd, &st) == 0 ? st.st_dev : 0;
          acl_known = true;
        }
      if (ready)
        {
          struct install_job job = {
            .source = source,
            .dest_name = dest,
            .dest_dir_name = plan->target_directory,
            .dir_fd = plan->target_fd,
            .dest_base = base,
            .dir_passes_acl = passes_acl,
            .dir_dev = dir_dev,
            .link_to_fd = -1,
            .src_fd = -1,
          };
          ready = install_file (opts, &job, installed);
        }
      ok &= ready;
      free (dest);
    }
  installed_set_free (installed);
  return ok;
}

bool
install_operands (struct install_options const *opts,
                  struct operand_plan *plan)
{
  bool ok = true;
  if (opts->recursive)
    ok = tree_merge (opts, plan->files[0], plan->dest);
  else if (opts->make_directories)
    for (int i = 0; i < plan->n_files; i++)
      ok &= make_directory (opts, plan->files[i]);
  else if (plan->target_directory)
    ok = install_into (opts, plan);
  else
    ok = install_as (opts, plan->files[0], plan->dest);
  return ok;
}

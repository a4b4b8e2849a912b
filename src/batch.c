/* batch.c: --sync, installs parked until they are synced together.
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

#include "batch.h"

#include <sys/resource.h>

#include "system.h"
#include "durable.h"
#include "install-state.h"
#include "manifest.h"
#include "minmax.h"

/* The most installs a batch holds, and the descriptors each may hold
   (the staged file, its directory, and an adopted source or the source's
   directory); a batch leaves plenty of a low RLIMIT_NOFILE to the rest
   of the run.  Every batch costs a journal commit or two: the larger,
   the fewer.  */
enum { BATCH_MAX = 512, FDS_PER_PARKED = 3, FDS_KEPT_FREE = 64 };

/* A parked install, and where it goes, to find a second install there.  */
struct parked
{
  struct install_state *s;
  dev_t dir_dev;
  ino_t dir_ino;
};

static struct
{
  struct parked *items;
  size_t n;
  size_t max;               /* 0 until the limit is known.  */
} batch;

/* What a parked job points to, kept with it.  */
struct job_copy
{
  struct install_job job;
  char *source, *dest_name, *dest_dir_name, *dest_base, *src_base;
  struct stat dir_st, src_dir_st, src_lst;
};

static int
dup_or_keep (int fd)
{
  return fd < 0 ? fd : fcntl (fd, F_DUPFD_CLOEXEC, 0);
}

static char *
strdup_or_null (char const *s)
{
  return s ? xstrdup (s) : NULL;
}

struct install_job *
batch_job_copy (struct install_job const *job)
{
  struct job_copy *c = xmalloc (sizeof *c);
  c->job = *job;
  c->job.source = c->source = xstrdup (job->source);
  c->job.dest_name = c->dest_name = xstrdup (job->dest_name);
  c->job.dest_dir_name = c->dest_dir_name = xstrdup (job->dest_dir_name);
  c->job.dest_base = c->dest_base = xstrdup (job->dest_base);
  c->job.src_base = c->src_base = strdup_or_null (job->src_base);
  /* The caller's descriptors may be closed, or reused, before the
     commit: a directory that -R has left, fts's working directory.  */
  c->job.dir_fd = dup_or_keep (job->dir_fd);
  if (job->src_base)
    c->job.src_dir_fd = dup_or_keep (job->src_dir_fd);
  c->job.link_to_fd = dup_or_keep (job->link_to_fd);
  c->job.installed_fd = NULL;
  if (job->dir_st)
    c->job.dir_st = memcpy (&c->dir_st, job->dir_st, sizeof c->dir_st);
  if (job->src_dir_st)
    c->job.src_dir_st = memcpy (&c->src_dir_st, job->src_dir_st,
                                sizeof c->src_dir_st);
  if (job->src_lst)
    c->job.src_lst = memcpy (&c->src_lst, job->src_lst, sizeof c->src_lst);
  return &c->job;
}

static void
close_if_open (int fd)
{
  if (0 <= fd)
    close (fd);
}

void
batch_job_free (struct install_job *job)
{
  struct job_copy *c = (struct job_copy *) job;
  free (c->source);
  free (c->dest_name);
  free (c->dest_dir_name);
  free (c->dest_base);
  if (c->src_base)
    {
      free (c->src_base);
      close_if_open (job->src_dir_fd);
    }
  close_if_open (job->dir_fd);
  close_if_open (job->link_to_fd);
  free (c);
}

/* How many installs a batch may hold here.  */
static size_t
batch_limit (void)
{
  struct rlimit rl;
  size_t max = BATCH_MAX;
  if (getrlimit (RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
    max = (rl.rlim_cur <= 2 * FDS_KEPT_FREE ? 1
           : MIN (max, (rl.rlim_cur - FDS_KEPT_FREE) / FDS_PER_PARKED));
  return MAX (max, 1);
}

bool
batch_holds (int dir_fd, char const *base)
{
  struct stat st;
  if (! batch.n || fstat (dir_fd, &st) != 0)
    return 0 < batch.n;
  for (size_t i = 0; i < batch.n; i++)
    if (batch.items[i].dir_ino == st.st_ino
        && batch.items[i].dir_dev == st.st_dev
        && streq (batch.items[i].s->job->dest_base, base))
      return true;
  return false;
}

bool
batch_park (struct install_state *s)
{
  bool ok = true;
  if (! batch.max)
    {
      batch.max = batch_limit ();
      batch.items = xnmalloc (batch.max, sizeof *batch.items);
    }
  if (batch.n == batch.max)
    ok = batch_flush ();
  /* A copy needs its source no more, unless the manifest records
     something of it (--unprivileged, --preserve=caps).  */
  if (s->merge.used == MERGE_COPY && ! manifest_active () && 0 <= s->src_fd)
    {
      close (s->src_fd);
      s->src_fd = -1;
    }
  struct stat st;
  if (fstat (s->job->dir_fd, &st) != 0)
    st.st_dev = st.st_ino = 0;
  batch.items[batch.n++] = (struct parked) { .s = s, .dir_dev = st.st_dev,
                                             .dir_ino = st.st_ino };
  return ok;
}

/* fsync the staged file of S.  Return false after a diagnostic.  */
static bool
sync_staged (struct install_state *s)
{
  /* A further name of a hard-link group has no descriptor of its own: its
     file is the group's first, synced as that one.  */
  if (s->staged.fd < 0 || fsync (s->staged.fd) == 0)
    return true;
  error (0, errno, _("error syncing %s"), quoteaf (s->job->dest_name));
  return false;
}

bool
batch_flush (void)
{
  bool ok = true;
  size_t n = batch.n;
  batch.n = 0;
  bool *synced = xnmalloc (n ? n : 1, sizeof *synced);
  for (size_t i = 0; i < n; i++)
    synced[i] = sync_staged (batch.items[i].s);
  for (size_t i = 0; i < n; i++)
    ok &= install_file_finish (batch.items[i].s, synced[i]);
  free (synced);
  return ok;
}

bool
batch_finish (void)
{
  bool ok = batch_flush ();
  return durable_flush_dirs () && ok;
}

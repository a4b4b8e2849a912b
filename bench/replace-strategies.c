/* replace-strategies.c: time the ways of replacing many existing small
   files that the kernel offers, to choose ainstall's (see the manual's
   "Replacement" chapter and bench/README).  Not part of ainstall.

   Usage: replace-strategies STRATEGY DIR N SIZE
   Replace DIR/f0 ... DIR/f<N-1> (made beforehand by the caller) with
   new files of SIZE bytes, each one way:
     rename     stage unnamed (O_TMPFILE), link under a temporary name,
                rename over the old file (ainstall's way);
     exchange   the same, but exchange the names (RENAME_EXCHANGE) and
                unlink the old file under the temporary name;
     writeback  the same as rename, with the data's write-back started
                (sync_file_range) before the rename;
     batched    as rename, but 256 files are staged before the first of
                them is renamed, then the 256 renamed in order;
     unlink     unlink the old file, create the new one in its place and
                write it (GNU install's way, not atomic).
   Print the wall time in milliseconds.

   Copyright (C) 2026 The ainstall authors.
   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.  */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void
die (char const *what)
{
  perror (what);
  exit (EXIT_FAILURE);
}

static void
write_all (int fd, char const *buf, size_t size)
{
  if (write (fd, buf, size) != (ssize_t) size)
    die ("write");
}

/* Stage a new file in DIR_FD and give it the name TMP.  */
static int
stage (int dir_fd, char const *tmp, char const *buf, size_t size)
{
  int fd = openat (dir_fd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    die ("O_TMPFILE");
  write_all (fd, buf, size);
  if (fchmod (fd, 0644) != 0)
    die ("fchmod");
  char proc[64];
  snprintf (proc, sizeof proc, "/proc/self/fd/%d", fd);
  if (linkat (AT_FDCWD, proc, dir_fd, tmp, AT_SYMLINK_FOLLOW) != 0)
    die ("linkat");
  return fd;
}

static void
replace_one (char const *strategy, int dir_fd, char const *name,
             char const *buf, size_t size)
{
  char tmp[300];
  snprintf (tmp, sizeof tmp, ".%s.tmp", name);
  if (strcmp (strategy, "unlink") == 0)
    {
      if (unlinkat (dir_fd, name, 0) != 0)
        die ("unlinkat");
      int fd = openat (dir_fd, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                       0600);
      if (fd < 0)
        die ("openat");
      write_all (fd, buf, size);
      if (fchmod (fd, 0644) != 0 || close (fd) != 0)
        die ("fchmod");
      return;
    }
  int fd = stage (dir_fd, tmp, buf, size);
  if (strcmp (strategy, "writeback") == 0
      && sync_file_range (fd, 0, 0, SYNC_FILE_RANGE_WRITE) != 0)
    die ("sync_file_range");
  if (strcmp (strategy, "exchange") == 0)
    {
      if (renameat2 (dir_fd, tmp, dir_fd, name, RENAME_EXCHANGE) != 0
          || unlinkat (dir_fd, tmp, 0) != 0)
        die ("exchange");
    }
  else if (renameat (dir_fd, tmp, dir_fd, name) != 0)
    die ("renameat");
  close (fd);
}

/* Replace the N files in batches: stage a batch, then rename it.  */
static void
replace_batched (int dir_fd, long n, char const *buf, size_t size)
{
  enum { BATCH = 256 };
  int fds[BATCH];
  for (long first = 0; first < n; first += BATCH)
    {
      long count = n - first < BATCH ? n - first : BATCH;
      char name[64], tmp[80];
      for (long i = 0; i < count; i++)
        {
          snprintf (tmp, sizeof tmp, ".f%ld.tmp", first + i);
          fds[i] = stage (dir_fd, tmp, buf, size);
        }
      for (long i = 0; i < count; i++)
        {
          snprintf (name, sizeof name, "f%ld", first + i);
          snprintf (tmp, sizeof tmp, ".f%ld.tmp", first + i);
          if (renameat (dir_fd, tmp, dir_fd, name) != 0)
            die ("renameat");
          close (fds[i]);
        }
    }
}

int
main (int argc, char **argv)
{
  if (argc != 5)
    {
      fprintf (stderr, "usage: %s rename|exchange|writeback|batched|unlink DIR N"
               " SIZE\n", argv[0]);
      return EXIT_FAILURE;
    }
  char const *strategy = argv[1];
  int dir_fd = open (argv[2], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd < 0)
    die (argv[2]);
  long n = strtol (argv[3], NULL, 10);
  size_t size = strtoul (argv[4], NULL, 10);
  char *buf = malloc (size);
  if (! buf)
    die ("malloc");
  memset (buf, 'x', size);
  struct timespec t0, t1;
  clock_gettime (CLOCK_MONOTONIC, &t0);
  if (strcmp (strategy, "batched") == 0)
    replace_batched (dir_fd, n, buf, size);
  else
    for (long i = 0; i < n; i++)
      {
        char name[64];
        snprintf (name, sizeof name, "f%ld", i);
        replace_one (strategy, dir_fd, name, buf, size);
      }
  clock_gettime (CLOCK_MONOTONIC, &t1);
  printf ("%.1f\n", (t1.tv_sec - t0.tv_sec) * 1e3
          + (t1.tv_nsec - t0.tv_nsec) / 1e6);
  free (buf);
  return EXIT_SUCCESS;
}

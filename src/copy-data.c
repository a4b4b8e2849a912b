/* copy-data.c: fill a new file from a source, as cheaply as possible.
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

#include "copy-data.h"

#include <sys/ioctl.h>
#if HAVE_LINUX_FS_H
# include <linux/fs.h>
#endif

#include "system.h"
#include "ignore-value.h"
#include "full-write.h"
#include "safe-read.h"
#include "stat-size.h"

/* The order of preference: share the extents (nothing is copied), let
   the kernel copy (no trip through user space; on some file systems
   also shared extents), read and write.  Each falls back to the next
   only when the faster one is unsupported for this pair of files, never
   after it has written anything.  */

enum { BUFFER_SIZE = 128 * 1024 };

/* Largest request to copy_file_range at once; it may do less.  */
enum { OFFLOAD_CHUNK = 1 << 30 };

/* What the kernel reads ahead of a file by default.  */
enum { READ_AHEAD_WINDOW = 128 * 1024 };

char const *
copy_attempt_name (enum copy_attempt attempt)
{
  switch (attempt)
    {
    case ATTEMPT_YES:
      return "yes";
    case ATTEMPT_UNSUPPORTED:
      return "unsupported";
    case ATTEMPT_AVOIDED:
      return "avoided";
    case ATTEMPT_UNKNOWN:
      break;
    }
  return "unknown";
}

char const *
sparse_detection_name (enum sparse_detection sparse)
{
  switch (sparse)
    {
    case SPARSE_NO:
      return "no";
    case SPARSE_ZEROS:
      return "zeros";
    case SPARSE_SEEK_HOLE:
      return "SEEK_HOLE";
    case SPARSE_SEEK_HOLE_ZEROS:
      return "SEEK_HOLE + zeros";
    case SPARSE_UNKNOWN:
      break;
    }
  return "unknown";
}

/* The last pair of devices found unable to share extents: a merge
   copies thousands of files between the same two file systems, and need
   not ask each time.  */
static struct
{
  bool known;
  dev_t src, dst;
} no_reflink;

/* Share all of SRC_FD's extents, on the device SRC_DEV, with DST_FD, on
   DST_DEV (0 if not known).  */
static int
try_reflink (int src_fd, dev_t src_dev, int dst_fd, dev_t dst_dev)
{
#ifdef FICLONE
  if (dst_dev && no_reflink.known && no_reflink.src == src_dev
      && no_reflink.dst == dst_dev)
    {
      errno = EOPNOTSUPP;
      return -1;
    }
  int r = ioctl (dst_fd, FICLONE, src_fd);
  if (r != 0 && dst_dev
      && (errno == EOPNOTSUPP || errno == ENOTTY || errno == EXDEV
          || errno == EINVAL || errno == ENOSYS))
    {
      int e = errno;
      no_reflink.known = true;
      no_reflink.src = src_dev;
      no_reflink.dst = dst_dev;
      errno = e;
    }
  return r;
#else
  errno = ENOTSUP;
  return -1;
#endif
}

/* Return true if ERR from FICLONE means the file system could share the
   extents but ran out of something: copying would fail the same way.  */
static bool
clone_failure_is_final (int err)
{
  return err == EIO || err == ENOMEM || err == ENOSPC || err == EDQUOT;
}

/* Return true if ERR from copy_file_range before anything was copied
   means "not for these files" rather than a real failure.  */
static bool
offload_unsupported (int err)
{
  return (err == ENOSYS || err == EOPNOTSUPP || err == ENOTSUP
          || err == EINVAL || err == EBADF || err == EXDEV
          || err == ETXTBSY || err == EPERM);
}

/* Return true if ST looks like a file with holes: fewer blocks
   allocated than its size needs.  */
static bool
looks_sparse (struct stat const *st)
{
  return (S_ISREG (st->st_mode)
          && ST_NBLOCKS (*st) < st->st_size / ST_NBLOCKSIZE);
}

/* Copy LENGTH bytes (or up to end of file if LENGTH is -1) from offset
   *SRC_OFF of SRC_FD to *DST_OFF of DST_FD with copy_file_range.
   Return 0 when done, 1 if the kernel cannot do it and nothing was
   copied, -1 on error.  */
static int
offload_range (int src_fd, off_t *src_off, int dst_fd, off_t *dst_off,
               off_t length, struct copy_result *result)
{
  bool copied_any = false;
  while (length != 0)
    {
      size_t chunk = (0 < length && length < OFFLOAD_CHUNK
                      ? length : OFFLOAD_CHUNK);
      ssize_t n = copy_file_range (src_fd, src_off, dst_fd, dst_off,
                                   chunk, 0);
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          if (! copied_any && offload_unsupported (errno))
            {
              result->offload = ATTEMPT_UNSUPPORTED;
              return 1;
            }
          result->failed = COPY_FAILED_COPYING;
          return -1;
        }
      if (n == 0)
        {
          /* Some kernels wrongly report end of file at once for files
             of /proc and /sys: trust a zero only after some data, and
             let reading find out otherwise.  */
          if (! copied_any)
            return 1;
          break;
        }
      copied_any = true;
      result->offload = ATTEMPT_YES;
      if (0 < length)
        length -= n;
    }
  return 0;
}

static bool
all_zeros (char const *buf, size_t size)
{
  return size == 0 || (buf[0] == 0 && memcmp (buf, buf + 1, size - 1) == 0);
}

/* The buffer for read and write, allocated on first use and kept.  */
static char *
io_buffer (void)
{
  static char *buffer;
  if (! buffer)
    buffer = xmalloc (BUFFER_SIZE);
  return buffer;
}

/* Copy LIMIT bytes (or the rest, if LIMIT is -1) of SRC_FD to DST_FD
   through a buffer, from their current offsets.  If MAKE_HOLES, skip
   over blocks of zeros instead of writing them, and set the size at the
   end.  */
static int
copy_read_write (int src_fd, int dst_fd, off_t limit, bool make_holes,
                 struct digest *digest, struct copy_result *result)
{
  char *buf = io_buffer ();
  bool ends_in_hole = false;
  while (limit != 0)
    {
      size_t want = 0 < limit && limit < BUFFER_SIZE ? limit : BUFFER_SIZE;
      size_t n = safe_read (src_fd, buf, want);
      if (n == SAFE_READ_ERROR)
        {
          result->failed = COPY_FAILED_READING;
          return -1;
        }
      if (n == 0)
        break;
      if (digest)
        digest_update (digest, buf, n);
      if (0 < limit)
        limit -= n;
      ends_in_hole = make_holes && all_zeros (buf, n);
      if (ends_in_hole
          ? lseek (dst_fd, n, SEEK_CUR) < 0
          : full_write (dst_fd, buf, n) != n)
        {
          result->failed = COPY_FAILED_WRITING;
          return -1;
        }
    }
  off_t end;
  if (ends_in_hole
      && ((end = lseek (dst_fd, 0, SEEK_CUR)) < 0
          || ftruncate (dst_fd, end) != 0))
    {
      result->failed = COPY_FAILED_WRITING;
      return -1;
    }
  return 0;
}

/* Copy the extent [DATA, HOLE) of SRC_FD to the same offsets of DST_FD.
   Set *END to where the copy ended: before HOLE if the source turned out
   shorter than it said.  */
static int
copy_extent (int src_fd, off_t data, off_t hole, int dst_fd, off_t *end,
             struct copy_result *result)
{
  off_t src_off = data, dst_off = data;
  int r = offload_range (src_fd, &src_off, dst_fd, &dst_off, hole - data,
                         result);
  if (r == 1)
    {
      result->sparse = SPARSE_SEEK_HOLE_ZEROS;
      /* Copy this extent by hand; the kernel refused.  */
      if (lseek (src_fd, data, SEEK_SET) < 0
          || lseek (dst_fd, data, SEEK_SET) < 0)
        {
          result->failed = COPY_FAILED_COPYING;
          return -1;
        }
      r = copy_read_write (src_fd, dst_fd, hole - data, false, NULL,
                           result);
      dst_off = r == 0 ? lseek (dst_fd, 0, SEEK_CUR) : dst_off;
      if (dst_off < 0)
        {
          result->failed = COPY_FAILED_WRITING;
          return -1;
        }
    }
  *end = dst_off;
  return r;
}

/* Copy the data extents of SRC_FD, a sparse file of size SIZE, to the
   same offsets of DST_FD, leaving holes between them.  The copy holds
   exactly the bytes the source had: if it is shorter than SIZE by the
   time it is read (a file of /sys reports a page, a file may shrink
   meanwhile), the copy ends where the source did, unpadded.  Return 1
   if the file system cannot list its extents.  */
static int
copy_extents (int src_fd, off_t size, int dst_fd, struct copy_result *result)
{
  off_t pos = 0;
  while (pos < size)
    {
      off_t data = lseek (src_fd, pos, SEEK_DATA);
      if (data < 0)
        {
          if (errno == ENXIO)
            {
              /* Only a hole remains, up to the end of the file now.  */
              off_t now = lseek (src_fd, 0, SEEK_END);
              if (0 <= now && now < size)
                size = now;
              break;
            }
          if (pos == 0)
            return 1;
          result->failed = COPY_FAILED_READING;
          return -1;
        }
      off_t hole = lseek (src_fd, data, SEEK_HOLE);
      if (hole < 0)
        {
          result->failed = COPY_FAILED_READING;
          return -1;
        }
      off_t end;
      if (copy_extent (src_fd, data, hole, dst_fd, &end, result) != 0)
        return -1;
      if (end < hole)
        {
          size = end;             /* The source ended early.  */
          break;
        }
      pos = hole;
    }
  if (size < pos)
    size = pos;
  if (ftruncate (dst_fd, size) != 0)
    {
      result->failed = COPY_FAILED_WRITING;
      return -1;
    }
  return 0;
}

/* The data is shared (a reflink), but DIGEST needs it: read it.  */
static int
digest_shared (int src_fd, struct digest *digest, struct copy_result *result)
{
  if (digest_read (digest, src_fd) == 0)
    return 0;
  result->failed = COPY_FAILED_READING;
  return -1;
}

/* With a digest to make, the data goes through this process: read it
   once, and write it, leaving holes where a sparse source had them.  */
static int
copy_with_digest (int src_fd, struct stat const *src_st, int dst_fd,
                  struct digest *digest, struct copy_result *result)
{
  result->offload = ATTEMPT_AVOIDED;
  bool sparse = looks_sparse (src_st);
  result->sparse = sparse ? SPARSE_ZEROS : SPARSE_NO;
  return copy_read_write (src_fd, dst_fd, -1, sparse, digest, result);
}

int
copy_data (int src_fd, struct stat const *src_st, int dst_fd, dev_t dst_dev,
           struct digest *digest, struct copy_result *result)
{
  *result = (struct copy_result) { .sparse = SPARSE_NO };
  if (! S_ISREG (src_st->st_mode))
    return copy_read_write (src_fd, dst_fd, -1, false, digest, result);

  if (try_reflink (src_fd, src_st->st_dev, dst_fd, dst_dev) == 0)
    {
      result->reflink = ATTEMPT_YES;
      result->sparse = SPARSE_UNKNOWN;
      return digest ? digest_shared (src_fd, digest, result) : 0;
    }
  if (clone_failure_is_final (errno))
    {
      result->failed = COPY_FAILED_CLONING;
      return -1;
    }
  result->reflink = ATTEMPT_UNSUPPORTED;
  if (digest)
    return copy_with_digest (src_fd, src_st, dst_fd, digest, result);

  /* The source is read once, from start to end: let the kernel read
     ahead further than its usual window (a smaller file is read whole
     anyway).  */
  if (READ_AHEAD_WINDOW < src_st->st_size)
    ignore_value (posix_fadvise (src_fd, 0, 0, POSIX_FADV_SEQUENTIAL));

  int r;
  if (looks_sparse (src_st))
    {
      result->sparse = SPARSE_SEEK_HOLE;
      r = copy_extents (src_fd, src_st->st_size, dst_fd, result);
      if (r == 1)
        result->sparse = SPARSE_ZEROS;
    }
  else
    {
      off_t src_off = 0, dst_off = 0;
      r = (src_st->st_size == 0 ? 1
           /* As much as the source had when it was opened: asking for
              its size saves asking once more only to hear of its end.  */
           : offload_range (src_fd, &src_off, dst_fd, &dst_off,
                            src_st->st_size, result));
    }
  if (r != 1)
    return r;
  return copy_read_write (src_fd, dst_fd, -1,
                          result->sparse == SPARSE_ZEROS, NULL, result);
}

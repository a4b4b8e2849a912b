/* manifest-reader.c: reading the manifest that --verify checks.
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

#include "manifest-reader.h"

#include "system.h"

#include <inttypes.h>
#include <sys/sysmacros.h>

#include "c-ctype.h"
#include "digest.h"
#include "file-caps.h"
#include "mtree.h"

/* The manifest is read whole before anything is checked: a file
   installed twice has two entries, and only the last one says what the
   tree should hold.  Every line is still checked for errors.  An entry's
   keywords are those of its line over the defaults that the "/set" lines
   before it left.  */

/* Every name of the keywords that are checked.  */
static struct keyword
{
  char const *name;
  enum key key;
} const keywords[] =
{
  { "type", KEY_TYPE }, { "uname", KEY_UNAME }, { "uid", KEY_UID },
  { "gname", KEY_GNAME }, { "gid", KEY_GID }, { "mode", KEY_MODE },
  { "size", KEY_SIZE }, { "time", KEY_TIME }, { "link", KEY_LINK },
  { "device", KEY_DEVICE }, { "sha256digest", KEY_SHA256 },
  { "sha256", KEY_SHA256 }, { "sha512digest", KEY_SHA512 },
  { "sha512", KEY_SHA512 }, { "tags", KEY_TAGS },
};

/* The words of type=, and the file types they stand for.  */
static struct type_name
{
  char const *word;
  mode_t type;
} const type_names[] =
{
  { "file", S_IFREG }, { "dir", S_IFDIR }, { "link", S_IFLNK },
  { "fifo", S_IFIFO }, { "char", S_IFCHR }, { "block", S_IFBLK },
  { "socket", S_IFSOCK },
  /* FreeBSD's install -M writes a hard link as "type=hlink link=SOURCE",
     SOURCE being where it was linked from: a regular file.  */
  { "hlink", S_IFREG },
};

/* What reading a manifest keeps track of, beyond the entries.  */
struct reader
{
  char const *file;             /* The manifest, for diagnostics.  */
  unsigned int lines_read;
  unsigned int lineno;          /* Where the line being parsed starts.  */
  struct setting defaults[KEY_COUNT];   /* What "/set" lines set.  */
  struct manifest *m;           /* What has been read so far.  */
  idx_t entries_size;           /* Room in M->entries.  */
};

/* Parsing values.  Each returns false if TEXT is not a valid value.  */

bool
parse_decimal (char const *text, uintmax_t *value)
{
  char *end;
  if (! c_isdigit (*text))
    return false;
  errno = 0;
  *value = strtoumax (text, &end, 10);
  return errno == 0 && *end == '\0';
}

bool
parse_type (char const *text, mode_t *type)
{
  for (size_t i = 0; i < sizeof type_names / sizeof *type_names; i++)
    if (streq (text, type_names[i].word))
      {
        *type = type_names[i].type;
        return true;
      }
  return false;
}

char const *
type_word (mode_t mode)
{
  for (size_t i = 0; i < sizeof type_names / sizeof *type_names; i++)
    if ((mode & S_IFMT) == type_names[i].type)
      return type_names[i].word;
  return "unknown";
}

bool
parse_mode (char const *text, mode_t *mode)
{
  mode_t value = 0;
  if (! *text)
    return false;
  for (char const *p = text; *p; p++)
    {
      if (*p < '0' || '7' < *p)
        return false;
      value = 8 * value + (*p - '0');
      if (CHMOD_MODE_BITS < value)
        return false;
    }
  *mode = value;
  return true;
}

/* The fraction of a second after "SECONDS.": mtree writes nanoseconds,
   nine digits; fewer digits are a decimal fraction all the same.  */
static bool
parse_fraction (char const *text, long *nanoseconds)
{
  long value = 0;
  int digits = 0;
  for (char const *p = text; *p; p++)
    {
      if (! c_isdigit (*p))
        return false;
      if (digits < 9)
        {
          value = 10 * value + (*p - '0');
          digits++;
        }
    }
  for (; digits < 9; digits++)
    value *= 10;
  *nanoseconds = value;
  return true;
}

bool
parse_time (char const *text, struct timespec *t)
{
  char *end;
  char const *digits = text + (*text == '-');
  if (! c_isdigit (*digits))
    return false;
  errno = 0;
  intmax_t seconds = strtoimax (text, &end, 10);
  long nanoseconds = 0;
  if (errno != 0 || seconds < TYPE_MINIMUM (time_t)
      || TYPE_MAXIMUM (time_t) < seconds
      || (*end && (*end != '.' || ! parse_fraction (end + 1, &nanoseconds))))
    return false;
  t->tv_sec = seconds;
  t->tv_nsec = nanoseconds;
  return true;
}

/* Parse the decimal number that starts TEXT and ends at the byte STOP;
   set *END to that byte.  */
static bool
parse_number_until (char const *text, char stop, uintmax_t *value,
                    char **end)
{
  if (! c_isdigit (*text))
    return false;
  errno = 0;
  *value = strtoumax (text, end, 10);
  return errno == 0 && **end == stop;
}

bool
parse_device (char const *text, struct device *d)
{
  char const *comma = strchr (text, ',');
  char *end;
  if (! comma)
    {
      uintmax_t number;
      d->format = NULL;
      d->format_len = 0;
      if (! parse_decimal (text, &number))
        return false;
      d->major = major (number);
      d->minor = minor (number);
      return true;
    }
  d->format = text;
  d->format_len = comma - text;
  return (comma != text
          && parse_number_until (comma + 1, ',', &d->major, &end)
          && parse_number_until (end + 1, '\0', &d->minor, &end));
}

static int
hex_digit_value (char c)
{
  return ('0' <= c && c <= '9' ? c - '0'
          : 'a' <= c && c <= 'f' ? c - 'a' + 10
          : 'A' <= c && c <= 'F' ? c - 'A' + 10 : -1);
}

bool
parse_hex (char const *text, char **bytes, size_t *len)
{
  if (text[0] != '0' || text[1] != 'x' || strlen (text + 2) % 2 != 0)
    return false;
  text += 2;
  *len = strlen (text) / 2;
  *bytes = xmalloc (*len + 1);
  for (size_t i = 0; i < *len; i++)
    {
      int hi = hex_digit_value (text[2 * i]);
      int lo = hex_digit_value (text[2 * i + 1]);
      if (hi < 0 || lo < 0)
        {
          free (*bytes);
          return false;
        }
      (*bytes)[i] = hi << 4 | lo;
    }
  return true;
}

bool
parse_digest (enum key key, char const *text, char *hex)
{
  size_t len = strlen (text);
  if (len != 2 * (key == KEY_SHA512 ? SHA512_DIGEST_SIZE
                  : SHA256_DIGEST_SIZE))
    return false;
  for (size_t i = 0; i < len; i++)
    {
      if (hex_digit_value (text[i]) < 0)
        return false;
      hex[i] = c_tolower (text[i]);
    }
  hex[len] = '\0';
  return true;
}

/* Tags.  */

static enum tag_kind
tag_kind (char const *name)
{
  size_t prefix_len = sizeof XATTR_TAG_PREFIX - 1;
  return (streq (name, "ainstall.caps") ? TAG_CAPS
          : streq (name, "ainstall.context") ? TAG_CONTEXT
          : (strncmp (name, XATTR_TAG_PREFIX, prefix_len) == 0
             && name[prefix_len]) ? TAG_XATTR
          : TAG_OTHER);
}

bool
next_tag (char **cursor, struct tag *tag)
{
  char *p = *cursor + strspn (*cursor, ",");
  if (! *p)
    return false;
  char *end = p + strcspn (p, ",");
  *cursor = *end ? end + 1 : end;
  *end = '\0';
  char *eq = strchr (p, '=');
  if (eq)
    {
      *eq = '\0';
      mtree_unescape (p);
      tag->value = eq + 1;
      tag->value_len = mtree_unescape (tag->value);
    }
  else
    {
      size_t len = mtree_unescape (p);
      eq = memchr (p, '=', len);
      tag->value = eq ? eq + 1 : p + len;
      tag->value_len = p + len - tag->value;
      if (eq)
        *eq = '\0';
    }
  tag->has_value = eq != NULL;
  tag->name = p;
  tag->kind = tag_kind (p);
  return true;
}

static bool
tag_valid (struct tag const *tag)
{
  struct file_caps *caps;
  char *bytes;
  size_t len;
  switch (tag->kind)
    {
    case TAG_CAPS:
      /* Without libcap, only the "0x" form can be read: other text is
         not an error in the manifest, and check_caps, which checks
         it, says that it cannot compare it.  */
      if (caps_from_text (tag->value, &caps) != 0)
        return tag->has_value && errno == ENOTSUP;
      caps_free (caps);
      return tag->has_value;
    case TAG_XATTR:
      if (! parse_hex (tag->value, &bytes, &len))
        return false;
      free (bytes);
      return true;
    case TAG_CONTEXT:
      return tag->has_value;
    default:
      return true;
    }
}

static bool
tags_valid (char const *value)
{
  char *copy = xstrdup (value);
  char *cursor = copy;
  struct tag tag;
  bool ok = true;
  while (ok && next_tag (&cursor, &tag))
    ok = tag_valid (&tag);
  free (copy);
  return ok;
}

/* Return true if VALUE is one that KEY can have.  */
static bool
value_valid (enum key key, char const *value)
{
  uintmax_t number;
  mode_t mode;
  struct timespec t;
  struct device device;
  char hex[DIGEST_HEX_SIZE];
  switch (key)
    {
    case KEY_TYPE:
      return parse_type (value, &mode);
    case KEY_UID: case KEY_GID: case KEY_SIZE:
      return parse_decimal (value, &number);
    case KEY_MODE:
      return parse_mode (value, &mode);
    case KEY_TIME:
      return parse_time (value, &t);
    case KEY_DEVICE:
      return parse_device (value, &device);
    case KEY_SHA256: case KEY_SHA512:
      return parse_digest (key, value, hex);
    case KEY_TAGS:
      return tags_valid (value);
    default:
      return *value != '\0';
    }
}

/* Reading the manifest.  */

static struct keyword const *
find_keyword (char const *name)
{
  for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
    if (streq (name, keywords[i].name))
      return &keywords[i];
  return NULL;
}

static void
free_settings (struct setting *settings)
{
  for (int k = 0; k < KEY_COUNT; k++)
    {
      free (settings[k].value);
      settings[k].value = NULL;
    }
}

/* Move the keywords that FROM gives into TO, replacing its own.  */
static void
move_settings (struct setting *to, struct setting *from)
{
  for (int k = 0; k < KEY_COUNT; k++)
    if (from[k].value)
      {
        free (to[k].value);
        to[k] = from[k];
        from[k].value = NULL;
      }
}

static void
copy_settings (struct setting *to, struct setting const *from)
{
  for (int k = 0; k < KEY_COUNT; k++)
    {
      to[k].keyword = from[k].keyword;
      to[k].value = from[k].value ? xstrdup (from[k].value) : NULL;
    }
}

/* Parse the KEYWORD=VALUE fields at CURSOR into SETTINGS.  */
static bool
parse_settings (struct reader *r, char *cursor, struct setting *settings)
{
  for (char *field; (field = mtree_next_field (&cursor)); )
    {
      char *value = mtree_split_keyword (field);
      if (! value)
        {
          error_at_line (0, 0, r->file, r->lineno,
                         _("invalid field %s"), quote (field));
          return false;
        }
      struct keyword const *kw = find_keyword (field);
      if (! kw)
        continue;
      if (! value_valid (kw->key, value))
        {
          error_at_line (0, 0, r->file, r->lineno,
                         _("invalid %s value %s"), field, quote (value));
          return false;
        }
      free (settings[kw->key].value);
      settings[kw->key] = (struct setting) { kw->name, xstrdup (value) };
    }
  return true;
}

/* Unset the keyword NAME, or all of them for "all".  */
static void
unset_default (struct reader *r, char const *name)
{
  if (streq (name, "all"))
    free_settings (r->defaults);
  else
    {
      struct keyword const *kw = find_keyword (name);
      if (kw)
        {
          free (r->defaults[kw->key].value);
          r->defaults[kw->key].value = NULL;
        }
    }
}

/* A line that starts with "/": "/set KEYWORD=VALUE..." or "/unset
   KEYWORD...".  */
static bool
parse_command (struct reader *r, char const *command, char *cursor)
{
  if (streq (command, "/set"))
    {
      struct setting line[KEY_COUNT] = { { NULL, NULL } };
      bool ok = parse_settings (r, cursor, line);
      if (ok)
        move_settings (r->defaults, line);
      free_settings (line);
      return ok;
    }
  if (streq (command, "/unset"))
    {
      for (char *field; (field = mtree_next_field (&cursor)); )
        unset_default (r, field);
      return true;
    }
  error_at_line (0, 0, r->file, r->lineno, _("unknown command %s"),
                 quote (command));
  return false;
}

/* Return DECODED, a path, as a name relative to ROOT, malloc'd: without
   "." components, empty ones or a leading "/"; "." for ROOT itself.
   Return NULL if it has a ".." component.  */
static char *
clean_name (char const *decoded)
{
  char *name = xmalloc (strlen (decoded) + 2);
  char *out = name;
  for (char const *p = decoded; *p; )
    {
      size_t len = strcspn (p, "/");
      if (len == 2 && p[0] == '.' && p[1] == '.')
        {
          free (name);
          return NULL;
        }
      if (len && ! (len == 1 && p[0] == '.'))
        {
          if (out != name)
            *out++ = '/';
          out = mempcpy (out, p, len);
        }
      p += len + (p[len] == '/');
    }
  if (out == name)
    *out++ = '.';
  *out = '\0';
  return name;
}

/* Return the name under ROOT of PATH, as the manifest writes it; or NULL
   after a diagnostic if it cannot be one.  */
static char *
entry_name (struct reader *r, char const *path)
{
  char *decoded = xstrdup (path);
  size_t len = mtree_unescape (decoded);
  char *name = strlen (decoded) == len ? clean_name (decoded) : NULL;
  if (! name)
    {
      /* A manifest must not make ainstall look outside ROOT.  */
      if (strlen (decoded) == len)
        error_at_line (0, 0, r->file, r->lineno,
                       _("invalid path %s: '..' is not allowed"),
                       quote (path));
      else
        error_at_line (0, 0, r->file, r->lineno, _("invalid path %s"),
                       quote (path));
    }
  free (decoded);
  return name;
}

/* An entry line: PATH, then KEYWORD=VALUE fields at CURSOR.  */
static bool
parse_entry (struct reader *r, char const *path, char *cursor)
{
  struct setting line[KEY_COUNT] = { { NULL, NULL } };
  char *name = entry_name (r, path);
  if (! name || ! parse_settings (r, cursor, line))
    {
      free (name);
      free_settings (line);
      return false;
    }
  struct manifest *m = r->m;
  if (m->n_entries == r->entries_size)
    m->entries = xpalloc (m->entries, &r->entries_size, 1, -1,
                          sizeof *m->entries);
  struct entry *e = &m->entries[m->n_entries++];
  e->path = xstrdup (path);
  e->name = name;
  e->replaced = false;
  copy_settings (e->settings, r->defaults);
  move_settings (e->settings, line);
  return true;
}

static void
parse_line (struct reader *r, char *line)
{
  char *cursor = line;
  char *first = mtree_next_field (&cursor);
  bool ok = (! first || *first == '#'
             || (*first == '/'
                 ? parse_command (r, first, cursor)
                 : parse_entry (r, first, cursor)));
  if (! ok)
    r->m->valid = false;
}

/* Return true if the LEN bytes of LINE end in a backslash that is not
   itself escaped: mtree(5) continues such a line on the next.  */
static bool
continued (char const *line, size_t len)
{
  size_t backslashes = 0;
  while (backslashes < len && line[len - 1 - backslashes] == '\\')
    backslashes++;
  return backslashes % 2 == 1;
}

/* Read the next line of STREAM into LINE, without its newline and with
   the lines that continue it, using *BUF of *SIZE bytes for getline.
   Return false at the end of the file or on a read error.  */
static bool
next_line (struct reader *r, FILE *stream, struct mtree_buf *line,
           char **buf, size_t *size)
{
  bool got = false;
  line->len = 0;
  r->lineno = r->lines_read + 1;
  for (ssize_t n; (n = getline (buf, size, stream)) >= 0; )
    {
      r->lines_read++;
      got = true;
      if (n && (*buf)[n - 1] == '\n')
        n--;
      bool more = continued (*buf, n);
      mtree_append (line, *buf, n - more);
      if (! more)
        break;
    }
  return got;
}

/* Read all of STREAM, the manifest, and close it.  Return false after a
   diagnostic on a read error.  */
static bool
read_lines (struct reader *r, FILE *stream)
{
  struct mtree_buf line = { NULL, 0, 0 };
  char *buf = NULL;
  size_t size = 0;
  while (next_line (r, stream, &line, &buf, &size))
    parse_line (r, line.data);
  int read_errno = errno;
  bool read_error = ferror (stream);
  if (fclose (stream) != 0 && ! read_error)
    {
      read_error = true;
      read_errno = errno;
    }
  if (read_error)
    error (0, read_errno, _("error reading %s"), quoteaf (r->file));
  free (buf);
  mtree_buf_free (&line);
  return ! read_error;
}

static int
compare_entries (void const *a, void const *b)
{
  struct entry const *const *x = a;
  struct entry const *const *y = b;
  int cmp = strcmp ((*x)->name, (*y)->name);
  return cmp ? cmp : (*x > *y) - (*x < *y);
}

/* Mark the entries of M that a later entry for the same name
   replaces.  */
static void
mark_replaced (struct manifest *m)
{
  if (m->n_entries < 2)
    return;
  struct entry **sorted = xinmalloc (m->n_entries, sizeof *sorted);
  for (idx_t i = 0; i < m->n_entries; i++)
    sorted[i] = &m->entries[i];
  qsort (sorted, m->n_entries, sizeof *sorted, compare_entries);
  for (idx_t i = 0; i + 1 < m->n_entries; i++)
    if (streq (sorted[i]->name, sorted[i + 1]->name))
      sorted[i]->replaced = true;
  free (sorted);
}

bool
read_manifest (char const *file, FILE *stream, struct manifest *m)
{
  *m = (struct manifest) { .entries = NULL, .n_entries = 0, .valid = true };
  struct reader r = { .file = file, .m = m };
  bool read_whole = read_lines (&r, stream);
  /* Only a manifest read whole is checked, so only then does it matter
     which entries are replaced.  */
  if (read_whole)
    mark_replaced (m);
  free_settings (r.defaults);
  return read_whole;
}

void
free_manifest (struct manifest *m)
{
  for (idx_t i = 0; i < m->n_entries; i++)
    {
      free (m->entries[i].path);
      free (m->entries[i].name);
      free_settings (m->entries[i].settings);
    }
  free (m->entries);
}

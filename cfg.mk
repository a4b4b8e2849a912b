# cfg.mk: configuration for maint.mk's "make syntax-check".
gnulib_dir = $(or $(GNULIB_SRCDIR),/usr/share/gnulib)

#ifndef SITREP_CTERMINALSHIM_H
#define SITREP_CTERMINALSHIM_H
/* What Swift cannot import from ncurses and libc: macros, global variables, signal flags. */
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>

/* glibc wcwidth under the current locale: -1 control, 0 combining, 1, 2 wide. */
int sitrep_wcwidth(unsigned int scalar);

/* Terminal lifecycle. sitrep_newterm opens the screen on stdout, reading keys from stdin or, when stdin
   is not a terminal, from /dev/tty; returns NULL for an unknown TERM (no message, no exit). */
int sitrep_stdout_is_tty(void);
void sitrep_setup_locale(void);
SCREEN *sitrep_newterm(void);
WINDOW *sitrep_stdscr(void);
int sitrep_lines(void);
int sitrep_cols(void);
int sitrep_color_pairs(void);

/* attr_t values of A_BOLD, A_UNDERLINE, A_REVERSE, A_DIM combined. */
attr_t sitrep_attrs(int bold, int underline, int reverse, int dim);
/* Puts one cell: a spacing character plus up to 7 combining marks, with attributes and colour pair. */
int sitrep_put_cell(WINDOW *win, int y, int x, const unsigned int *scalars, int count, attr_t attrs, int pair);

/* The terminal's size from the kernel (TIOCGWINSZ on stdout); -1 when unknown. */
int sitrep_window_size(int *rows, int *cols);

/* Signals. INT, TERM and HUP set a flag the main loop polls; crash signals restore the terminal and
   re-raise through the previous handler. */
void sitrep_install_signal_handlers(void);
int sitrep_take_quit_signal(void);
/* 1 when the terminal on standard input has hung up or gone (a closed pty): reading would fail forever. */
int sitrep_tty_hung_up(void);
/* Saves the tty state (before curses) and restores it (after endwin, or from a crash handler). */
void sitrep_save_tty(void);
void sitrep_restore_tty(int crashed);
/* Mouse: reports button-1 presses and the wheel at once (no click interval); 0 when the terminal has no mouse. */
int sitrep_enable_mouse(void);
/* The mouse event just read (after KEY_MOUSE): 1 button-1 press, 4 wheel up, 5 wheel down, 0 other; its cell. */
int sitrep_read_mouse(int *x, int *y);
#endif

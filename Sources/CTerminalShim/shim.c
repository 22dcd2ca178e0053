#include <poll.h>
#include <wchar.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include "CTerminalShim.h"

int sitrep_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

int sitrep_stdout_is_tty(void) { return isatty(STDOUT_FILENO); }

void sitrep_setup_locale(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL || (strcmp(codeset, "UTF-8") != 0 && strcmp(codeset, "utf8") != 0)) {
        if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "en_US.UTF-8");
    }
}

SCREEN *sitrep_newterm(void) {
    FILE *in = stdin;
    if (!isatty(STDIN_FILENO)) {
        in = fopen("/dev/tty", "r");
        if (in == NULL) return NULL;
    }
    return newterm(NULL, stdout, in);
}

WINDOW *sitrep_stdscr(void) { return stdscr; }
int sitrep_lines(void) { return LINES; }
int sitrep_cols(void) { return COLS; }
int sitrep_color_pairs(void) { return COLOR_PAIRS; }

attr_t sitrep_attrs(int bold, int underline, int reverse, int dim) {
    attr_t a = A_NORMAL;
    if (bold) a |= A_BOLD;
    if (underline) a |= A_UNDERLINE;
    if (reverse) a |= A_REVERSE;
    if (dim) a |= A_DIM;
    return a;
}

int sitrep_put_cell(WINDOW *win, int y, int x, const unsigned int *scalars, int count, attr_t attrs, int pair) {
    wchar_t wch[CCHARW_MAX + 1];
    int n = count < CCHARW_MAX ? count : CCHARW_MAX;
    for (int i = 0; i < n; i++) wch[i] = (wchar_t)scalars[i];
    wch[n] = L'\0';
    cchar_t cc;
    if (setcchar(&cc, wch, attrs, (short)pair, NULL) == ERR) return ERR;
    return mvwadd_wch(win, y, x, &cc);
}

static volatile sig_atomic_t quit_signal = 0;
static struct termios saved_tty;
static volatile sig_atomic_t tty_saved = 0;
static struct sigaction previous[32];
static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };

void sitrep_save_tty(void) {
    if (tcgetattr(STDIN_FILENO, &saved_tty) == 0) tty_saved = 1;
}

void sitrep_restore_tty(int crashed) {
    if (tty_saved) tcsetattr(STDIN_FILENO, TCSANOW, &saved_tty);
    /* Leave the alternate screen, reset attributes, show the cursor (endwin did it unless we crashed).
       Async-signal-safe: only tcsetattr and write. */
    static const char reset[] = "\033[?1049l\033[0m\033[?25h\r\n";
    static const char cursor[] = "\033[?25h";
    ssize_t ignored = crashed ? write(STDOUT_FILENO, reset, sizeof reset - 1) : write(STDOUT_FILENO, cursor, sizeof cursor - 1);
    (void)ignored;
}

static void on_quit(int sig) { quit_signal = sig; }

static void on_crash(int sig) {
    sitrep_restore_tty(1);
    sigaction(sig, &previous[sig], NULL);
    raise(sig);
}

int sitrep_window_size(int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

void sitrep_install_signal_handlers(void) {
    /* A parent (a test runner, a multiplexer) may have blocked or ignored these; ncurses only handles
       SIGWINCH when its disposition is the default. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGWINCH); sigaddset(&set, SIGINT); sigaddset(&set, SIGTERM); sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGQUIT);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    signal(SIGWINCH, SIG_DFL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_quit;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    /* Ctrl-\ quits like Ctrl-C: the terminal is restored (Swift's backtracer would print over the screen). */
    sigaction(SIGQUIT, &sa, NULL);
    sa.sa_handler = on_crash;
    sa.sa_flags = SA_RESETHAND;
    for (size_t i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
        sigaction(crash_signals[i], &sa, &previous[crash_signals[i]]);
    }
}

int sitrep_tty_hung_up(void) {
    struct pollfd p;
    p.fd = STDIN_FILENO; p.events = POLLIN; p.revents = 0;
    if (poll(&p, 1, 0) < 0) return 1;
    if (p.revents & (POLLHUP | POLLERR | POLLNVAL)) return 1;
    return isatty(STDIN_FILENO) ? 0 : 1;
}

int sitrep_take_quit_signal(void) {
    int s = quit_signal;
    quit_signal = 0;
    return s;
}

int sitrep_enable_mouse(void) {
    mmask_t old = 0;
    mouseinterval(0);
    return mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, &old) != 0;
}

int sitrep_read_mouse(int *x, int *y) {
    MEVENT e;
    if (getmouse(&e) != OK) return 0;
    *x = e.x; *y = e.y;
    if (e.bstate & BUTTON1_PRESSED) return 1;
    if (e.bstate & BUTTON4_PRESSED) return 4;
    if (e.bstate & BUTTON5_PRESSED) return 5;
    return 0;
}

// Calls of the predeclared functions (types2 builtins.go). complex, real and
// imag are outside goji's subset and are rejected where they are looked up.
#include "compiler/checker.h"
#include "compiler/program.h"

namespace goji {

namespace {

struct BuiltinInfo {
  const char* name;
  size_t nargs;
  bool variadic;
};

const BuiltinInfo kBuiltins[] = {
    {"append", 1, true},  {"cap", 1, false},    {"close", 1, false}, {"complex", 2, false}, {"copy", 2, false},
    {"delete", 2, false}, {"imag", 1, false},   {"len", 1, false},   {"make", 1, true},     {"new", 1, false},
    {"panic", 1, false},  {"print", 0, true},   {"println", 0, true}, {"real", 1, false},   {"recover", 0, false},
};

// A pointer to an array acts like the array for len and cap.
Type* arrayPtrDeref(Type* t) {
  if (Pointer* p = t->as<Pointer>()) {
    if (Array* a = under(p->base)->as<Array>()) return a;
  }
  return t;
}

}  // namespace

bool Checker::builtin(Operand& x, CallExpr* call, BuiltinId id) {
  const BuiltinInfo& bin = kBuiltins[static_cast<int>(id)];
  // append is the only built-in that permits the use of ... for the last argument
  if (call->hasDots && id != BuiltinId::Append) {
    error(call, "invalid operation: invalid use of ... with built-in " + std::string(bin.name));
    use(call->args);
    return false;
  }
  // For len(x) and cap(x) we need to know if x contains any function calls or
  // receive operations. Save/restore current setting and set hasCallOrRecv to
  // false for the evaluation of x so that we can check it afterwards.
  bool savedHasCallOrRecv = env_.hasCallOrRecv;
  bool restoreHasCallOrRecv = id == BuiltinId::Len || id == BuiltinId::Cap;
  if (restoreHasCallOrRecv) env_.hasCallOrRecv = false;
  struct Restore {
    Checker* c;
    bool on;
    bool v;
    ~Restore() {
      if (on) c->env_.hasCallOrRecv = v;
    }
  } restore{this, restoreHasCallOrRecv, savedHasCallOrRecv};

  // Evaluate arguments for built-ins that use ordinary (value) arguments.
  // For built-ins that use types, make and new evaluate their arguments below.
  std::vector<Operand> xlist;
  size_t nargs = call->args.size();
  if (id != BuiltinId::Make && id != BuiltinId::New) {
    bool commaOk;
    xlist = exprList(call->args, false, &commaOk);
    nargs = xlist.size();
    // check all arguments
    if (nargs > 0) {
      x = xlist[0];
      if (x.mode == OperandMode::Invalid) return false;
    }
  }
  auto arg = [&](Operand& o, size_t i) { o = xlist[i]; };

  // check argument count
  {
    std::string msg;
    if (nargs < bin.nargs) {
      msg = "not enough";
    } else if (!bin.variadic && nargs > bin.nargs) {
      msg = "too many";
    }
    if (!msg.empty()) {
      error(call, "invalid operation: " + msg + " arguments for " + str(call) + " (expected " +
                      std::to_string(bin.nargs) + ", found " + std::to_string(nargs) + ")");
      return false;
    }
  }

  switch (id) {
    case BuiltinId::Append: {
      // append(s S, x ...T) S, where T is the element type of S
      // spec: "The variadic function append appends zero or more values x to s
      // of type S, which must be a slice type, and returns the resulting
      // slice, also of type S. The values x are passed to a parameter of type
      // ...T where T is the element type of S and the respective parameter
      // passing rules apply."
      Type* S = x.type;
      Slice* s = under(S)->as<Slice>();
      if (!s) {
        std::string cause = x.isNil() ? "have untyped nil" : "have " + str(x);
        error(x, "first argument to append must be a slice; " + cause);
        return false;
      }
      Type* T = s->elem;
      // spec: "As a special case, append also accepts a first argument
      // assignable to type []byte with a second argument of string type
      // followed by ... . This form appends the bytes of the string.
      std::vector<Operand> alist{x};
      if (nargs == 2 && call->hasDots) {
        if (assignableTo(x, newSlice(universe().byteType), nullptr)) {
          arg(x, 1);
          if (x.mode == OperandMode::Invalid) return false;
          if (isString(under(x.type))) {
            x.mode = OperandMode::Value;
            x.type = S;
            break;
          }
          alist.push_back(x);
        }
      }
      // check general case by creating custom signature
      Signature* sig = make<Signature>();
      sig->params = newTuple({newVar(Pos{}, nullptr, "", S), newVar(Pos{}, nullptr, "", newSlice(T))});
      sig->results = newTuple({newVar(Pos{}, nullptr, "", S)});
      sig->variadic = true;
      std::vector<Operand> args = alist;
      for (size_t i = alist.size(); i < nargs; i++) args.push_back(xlist[i]);
      arguments(call, sig, args);  // discard result (we know the result type)
      // ok to continue even if check.arguments reported errors
      x.mode = OperandMode::Value;
      x.type = S;
      break;
    }
    case BuiltinId::Cap:
    case BuiltinId::Len: {
      // cap(x)
      // len(x)
      OperandMode mode = OperandMode::Invalid;
      Value val;
      Type* t = arrayPtrDeref(under(x.type));
      switch (t->kind) {
        case TypeKind::Basic:
          if (isString(t) && id == BuiltinId::Len) {
            if (x.mode == OperandMode::Constant) {
              mode = OperandMode::Constant;
              val = Value::makeInt64(static_cast<int64_t>(x.val.stringVal().size()));
            } else {
              mode = OperandMode::Value;
            }
          }
          break;
        case TypeKind::Array:
          mode = OperandMode::Value;
          // spec: "The expressions len(s) and cap(s) are constants if the
          // type of s is an array or pointer to an array and the expression s
          // does not contain channel receives or function calls; in this case
          // s is not evaluated."
          if (!env_.hasCallOrRecv) {
            mode = OperandMode::Constant;
            int64_t n = t->as<Array>()->len;
            val = n >= 0 ? Value::makeInt64(n) : Value();
          }
          break;
        case TypeKind::Slice:
        case TypeKind::Chan: mode = OperandMode::Value; break;
        case TypeKind::Map:
          if (id == BuiltinId::Len) mode = OperandMode::Value;
          break;
        default: break;
      }
      if (mode == OperandMode::Invalid && under(x.type) != invalidType()) {
        error(x, "invalid argument: " + str(x) + " for " + bin.name);
        return false;
      }
      x.mode = mode;
      x.type = basicType(BasicKind::Int);
      x.val = val;
      break;
    }
    case BuiltinId::Close: {
      // close(c)
      Chan* ch = under(x.type)->as<Chan>();
      if (!ch) {
        error(x, "invalid operation: cannot close non-channel " + str(x));
        return false;
      }
      if (ch->dir == ChanDirection::RecvOnly) {
        error(x, "invalid operation: cannot close receive-only channel " + str(x));
        return false;
      }
      x.mode = OperandMode::NoValue;
      break;
    }
    case BuiltinId::Copy: {
      // copy(x, y []T) int
      Slice* dst = under(x.type)->as<Slice>();
      Operand y;
      arg(y, 1);
      if (y.mode == OperandMode::Invalid) return false;
      Type* src0 = under(y.type);
      if (isString(src0)) src0 = newSlice(universe().byteType);
      Slice* src = src0->as<Slice>();
      if (!dst || !src) {
        error(x, "invalid argument: copy expects slice arguments; found " + str(x) + " and " + str(y));
        return false;
      }
      if (!identical(dst->elem, src->elem)) {
        error(x, "invalid argument: arguments to copy " + str(x) + " and " + str(y) + " have different element types " +
                     str(dst->elem) + " and " + str(src->elem));
        return false;
      }
      x.mode = OperandMode::Value;
      x.type = basicType(BasicKind::Int);
      break;
    }
    case BuiltinId::Delete: {
      // delete(map_, key)
      // map_ must be a map type or a type parameter describing map types.
      // The key cannot be a type parameter for now.
      Map* m = under(x.type)->as<Map>();
      if (!m) {
        error(x, "invalid argument: " + str(x) + " is not a map");
        return false;
      }
      arg(x, 1);  // k
      if (x.mode == OperandMode::Invalid) return false;
      assignment(x, m->key, "argument to delete");
      if (x.mode == OperandMode::Invalid) return false;
      x.mode = OperandMode::NoValue;
      break;
    }
    case BuiltinId::Make: {
      // make(T, n)
      // make(T, n, m)
      // (no argument evaluated yet)
      Expr* arg0 = call->args[0];
      Type* T = varType(arg0);
      if (T == invalidType()) return false;
      size_t min;  // minimum number of arguments
      switch (under(T)->kind) {
        case TypeKind::Slice: min = 2; break;
        case TypeKind::Map:
        case TypeKind::Chan: min = 1; break;
        default:
          error(arg0, "invalid argument: cannot make " + str(arg0) + "; type must be slice, map, or channel");
          return false;
      }
      if (nargs < min || min + 1 < nargs) {
        error(call, "invalid operation: " + str(call) + " expects " + std::to_string(min) + " or " +
                        std::to_string(min + 1) + " arguments; found " + std::to_string(nargs));
        return false;
      }
      std::vector<int64_t> sizes;  // constant integer arguments, if any
      for (size_t i = 1; i < call->args.size(); i++) {
        Type* t;
        int64_t size = index(call->args[i], -1, &t);  // ok to continue with typ == Typ[Invalid]
        if (size >= 0) sizes.push_back(size);
      }
      if (sizes.size() == 2 && sizes[0] > sizes[1]) error(call->args[1], "invalid argument: length and capacity swapped");
      x.mode = OperandMode::Value;
      x.type = T;
      break;
    }
    case BuiltinId::New: {
      // new(T)
      // (no argument evaluated yet)
      Type* T = varType(call->args[0]);
      if (T == invalidType()) return false;
      x.mode = OperandMode::Value;
      x.type = newPointer(T);
      break;
    }
    case BuiltinId::Panic: {
      // panic(x)
      // record panic call if inside a function with result parameters
      // (for use in Checker.isTerminating)
      if (env_.sig && env_.sig->results && env_.isPanic) env_.isPanic->insert(call);
      assignment(x, universe().emptyInterface, "argument to panic");
      if (x.mode == OperandMode::Invalid) return false;
      x.mode = OperandMode::NoValue;
      break;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      // print(x, y, ...)
      // println(x, y, ...)
      for (size_t i = 0; i < nargs; i++) {
        if (i > 0) arg(x, i);  // first argument already evaluated
        assignment(x, nullptr, std::string("argument to ") + bin.name);
        if (x.mode == OperandMode::Invalid) return false;
      }
      x.mode = OperandMode::NoValue;
      break;
    }
    case BuiltinId::Recover:
      // recover() interface{}
      x.mode = OperandMode::Value;
      x.type = universe().emptyInterface;
      break;
    default:
      notSupported(call->pos, "complex numbers (" + std::string(bin.name) + ")");
      return false;
  }
  return true;
}

}  // namespace goji

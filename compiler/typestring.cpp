// Type and object strings exactly as types2 prints them in diagnostics
// (typestring.go, object.go).
#include <set>

#include "compiler/types.h"

namespace goji {

namespace {

class TypeWriter {
 public:
  TypeWriter(std::string& out, const Qualifier& qf) : out_(out), qf_(qf) {}

  void byte(char b) {
    out_ += b;
    if (b == ',' || b == ';') out_ += ' ';
  }

  void typeName(TypeName* obj) {
    if (obj->pkg) writePackage(obj->pkg);
    out_ += obj->name;
  }

  void writePackage(const Package* pkg) {
    std::string s = qf_ ? qf_(pkg) : pkg->path;
    if (!s.empty()) {
      out_ += s;
      out_ += '.';
    }
  }

  void tuple(Tuple* t, bool variadic) {
    out_ += '(';
    if (t) {
      for (size_t i = 0; i < t->vars.size(); i++) {
        Var* v = t->vars[i];
        if (i > 0) byte(',');
        if (!v->name.empty()) {
          out_ += v->name;
          out_ += ' ';
        }
        Type* ty = v->type;
        if (variadic && i + 1 == t->vars.size()) {
          if (Slice* s = ty->as<Slice>()) {
            out_ += "...";
            ty = s->elem;
          } else {
            typ(ty);
            out_ += "...";
            continue;
          }
        }
        typ(ty);
      }
    }
    out_ += ')';
  }

  void signature(Signature* sig) {
    tuple(sig->params, sig->variadic);
    size_t n = sig->results ? sig->results->vars.size() : 0;
    if (n == 0) return;
    out_ += ' ';
    if (n == 1 && sig->results->vars[0]->name.empty()) {
      typ(sig->results->vars[0]->type);
      return;
    }
    tuple(sig->results, false);
  }

  void typ(Type* t) {
    if (!t) {
      out_ += "<nil>";
      return;
    }
    if (seen_.count(t)) {
      out_ += "<cycle>";
      return;
    }
    seen_.insert(t);
    switch (t->kind) {
      case TypeKind::Basic: out_ += t->as<Basic>()->name; break;
      case TypeKind::Array:
        out_ += '[';
        out_ += std::to_string(t->as<Array>()->len);
        out_ += ']';
        typ(t->as<Array>()->elem);
        break;
      case TypeKind::Slice:
        out_ += "[]";
        typ(t->as<Slice>()->elem);
        break;
      case TypeKind::Struct: {
        out_ += "struct{";
        Struct* s = t->as<Struct>();
        for (size_t i = 0; i < s->fields.size(); i++) {
          if (i > 0) byte(';');
          Var* f = s->fields[i];
          if (!f->embedded) {
            out_ += f->name;
            out_ += ' ';
          }
          typ(f->type);
        }
        out_ += '}';
        break;
      }
      case TypeKind::Pointer:
        out_ += '*';
        typ(t->as<Pointer>()->base);
        break;
      case TypeKind::Tuple: tuple(t->as<Tuple>(), false); break;
      case TypeKind::Signature:
        out_ += "func";
        signature(t->as<Signature>());
        break;
      case TypeKind::Interface: {
        if (t == universe().anyType) {
          out_ += "any";
          break;
        }
        Interface* it = t->as<Interface>();
        out_ += "interface{";
        bool first = true;
        for (Func* m : it->methods) {
          if (!first) byte(';');
          first = false;
          out_ += m->name;
          signature(m->sig());
        }
        for (Type* e : it->embeddeds) {
          if (!first) byte(';');
          first = false;
          typ(e);
        }
        out_ += '}';
        break;
      }
      case TypeKind::Map:
        out_ += "map[";
        typ(t->as<Map>()->key);
        out_ += ']';
        typ(t->as<Map>()->elem);
        break;
      case TypeKind::Chan: {
        Chan* c = t->as<Chan>();
        bool parens = false;
        switch (c->dir) {
          case ChanDirection::SendRecv: {
            out_ += "chan ";
            Chan* e = c->elem->as<Chan>();
            parens = e && e->dir == ChanDirection::RecvOnly;
            break;
          }
          case ChanDirection::SendOnly: out_ += "chan<- "; break;
          case ChanDirection::RecvOnly: out_ += "<-chan "; break;
        }
        if (parens) out_ += '(';
        typ(c->elem);
        if (parens) out_ += ')';
        break;
      }
      case TypeKind::Named: typeName(t->as<Named>()->obj); break;
    }
    seen_.erase(t);
  }

 private:
  std::string& out_;
  const Qualifier& qf_;
  std::set<Type*> seen_;
};

}  // namespace

std::string typeString(Type* t, const Qualifier& qf) {
  std::string out;
  TypeWriter(out, qf).typ(t);
  return out;
}

void writeSignature(std::string& out, Signature* sig, const Qualifier& qf) { TypeWriter(out, qf).signature(sig); }

std::string objectString(Object* obj, const Qualifier& qf) {
  std::string out;
  TypeWriter w(out, qf);
  Type* t = obj->type;
  TypeName* tname = nullptr;
  switch (obj->kind) {
    case ObjKind::PkgName: {
      auto* p = static_cast<PkgName*>(obj);
      out = "package " + std::string(obj->name);
      if (!p->imported->path.empty() && p->imported->path != obj->name) out += " (\"" + p->imported->path + "\")";
      return out;
    }
    case ObjKind::Const: out += "const"; break;
    case ObjKind::TypeName:
      tname = static_cast<TypeName*>(obj);
      out += "type";
      break;
    case ObjKind::Var: out += static_cast<Var*>(obj)->isField ? "field" : "var"; break;
    case ObjKind::Func: {
      out += "func ";
      auto* f = static_cast<Func*>(obj);
      if (f->type) {
        Signature* sig = f->sig();
        if (sig->recv) {
          out += '(';
          w.typ(sig->recv->type);
          out += ").";
        } else if (f->pkg) {
          w.writePackage(f->pkg);
        }
      }
      out += obj->name;
      if (f->type) w.signature(f->sig());
      return out;
    }
    case ObjKind::Label:
      out += "label";
      t = nullptr;
      break;
    case ObjKind::Builtin:
      out += "builtin";
      t = nullptr;
      break;
    case ObjKind::Nil: return "nil";
  }
  out += ' ';
  if (obj->pkg && obj->pkg->scope && obj->pkg->scope->lookup(obj->name) == obj) w.writePackage(obj->pkg);
  out += obj->name;
  if (!t) return out;
  if (tname) {
    if (t->is<Basic>()) return out;
    if (tname->isAlias()) {
      out += " =";
    } else {
      t = under(t);
    }
  }
  if (obj == universe().anyObj) t = universe().emptyInterface;
  out += ' ';
  w.typ(t);
  return out;
}

}  // namespace goji
